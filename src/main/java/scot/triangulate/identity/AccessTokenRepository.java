package scot.triangulate.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccessTokenRepository {

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String tokenHash) {
        return jdbc.sql("insert into access_token (account_id, name, token_hash) values (:accountId, :name, :hash) returning id")
                .param("accountId", accountId).param("name", name).param("hash", tokenHash)
                .query(Long.class).single();
    }

    void insertIfAbsent(long accountId, String name, String tokenHash) {
        jdbc.sql("""
                insert into access_token (account_id, name, token_hash) values (:accountId, :name, :hash)
                on conflict (token_hash) do nothing
                """)
                .param("accountId", accountId).param("name", name).param("hash", tokenHash).update();
    }

    List<AccessToken> forAccount(long accountId) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at, revoked_at from access_token
                 where account_id = :accountId order by created_at desc, id desc
                """)
                .param("accountId", accountId).query(AccessToken.class).list();
    }

    boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update access_token set revoked_at = now() where id = :id and account_id = :accountId and revoked_at is null")
                .param("id", tokenId).param("accountId", accountId).update() == 1;
    }

    /**
     * The username owning an active token with this hash. The token's last use is written only when the one
     * recorded is more than a minute old, so a busy client does not cost a write per request.
     */
    Optional<String> useToken(String tokenHash) {
        record Owner(long id, String username, boolean recent) {
        }
        Optional<Owner> owner = jdbc.sql("""
                select t.id, a.username, coalesce(t.last_used_at > now() - interval '1 minute', false) as recent
                  from access_token t join account a on a.id = t.account_id
                 where t.token_hash = :hash and t.revoked_at is null and a.enabled
                """)
                .param("hash", tokenHash).query(Owner.class).optional();
        owner.filter(o -> !o.recent()).ifPresent(o -> jdbc.sql("""
                update access_token set last_used_at = now()
                 where id = :id and (last_used_at is null or last_used_at <= now() - interval '1 minute')
                """).param("id", o.id()).update());
        return owner.map(Owner::username);
    }
}
