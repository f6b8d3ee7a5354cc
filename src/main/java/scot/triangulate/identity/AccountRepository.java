package scot.triangulate.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import scot.triangulate.partnership.Agency;

@Repository
class AccountRepository {

    private static final String ACCOUNT = """
            select a.id, a.username, a.display_name, a.email, a.account_roles, a.enabled, a.version, a.password_hash,
                   case when t.not_before > now() then t.not_before end as locked_until,
                   coalesce(t.attempts, 0) as failed_sign_ins
              from account a left join sign_in_throttle t on t.throttle_key = 'account:' || a.username
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with what only sign-in needs: the hash and failed attempts. */
    record Credentials(Account account, String passwordHash, int failedSignIns) {
    }

    Optional<Credentials> findByUsername(String username) {
        return jdbc.sql(ACCOUNT + " where a.username = :username").param("username", username)
                .query(AccountRepository::credentials).optional();
    }

    Optional<Credentials> findById(long id) {
        return jdbc.sql(ACCOUNT + " where a.id = :id").param("id", id).query(AccountRepository::credentials).optional();
    }

    List<Account> all() {
        return jdbc.sql(ACCOUNT + " order by a.username").query(AccountRepository::credentials).list().stream()
                .map(Credentials::account).toList();
    }

    long insert(String username, String displayName, String email, String passwordHash, Set<AccountRole> roles) {
        return jdbc.sql("""
                insert into account (username, display_name, email, password_hash, account_roles)
                values (:username, :displayName, :email, :passwordHash, cast(:roles as text[]))
                returning id
                """)
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("passwordHash", passwordHash)
                .param("roles", roles(roles))
                .query(Long.class).single();
    }

    boolean update(long id, String displayName, String email, Set<AccountRole> roles, boolean enabled, int version) {
        return jdbc.sql("""
                update account set display_name = :displayName, email = :email, account_roles = cast(:roles as text[]),
                       enabled = :enabled, version = version + 1
                 where id = :id and version = :version
                """)
                .param("id", id)
                .param("displayName", displayName)
                .param("email", email)
                .param("roles", roles(roles))
                .param("enabled", enabled)
                .param("version", version)
                .update() == 1;
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash, version = version + 1 where id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    void unlock(long id) {
        jdbc.sql("update account set version = version + 1 where id = :id").param("id", id).update();
    }

    List<Membership> memberships(long accountId) {
        return jdbc.sql(MEMBERSHIP + " where m.account_id = :id order by m.partnership")
                .param("id", accountId).query(AccountRepository::membership).list();
    }

    List<Membership> membershipsByUsername(String username) {
        return jdbc.sql(MEMBERSHIP + " where a.username = :username and a.enabled order by m.partnership")
                .param("username", username).query(AccountRepository::membership).list();
    }

    List<Membership> members(String partnership) {
        return jdbc.sql(MEMBERSHIP + " where m.partnership = :partnership order by a.display_name")
                .param("partnership", partnership).query(AccountRepository::membership).list();
    }

    Optional<MembershipRole> membershipRole(String username, String partnership) {
        return jdbc.sql("""
                select m.role from membership m join account a on a.id = m.account_id
                 where a.username = :username and m.partnership = :partnership and a.enabled
                """)
                .param("username", username).param("partnership", partnership)
                .query((rs, n) -> MembershipRole.valueOf(rs.getString(1))).optional();
    }

    void saveMembership(long accountId, String partnership, MembershipRole role, Agency agency, String agencyName) {
        jdbc.sql("""
                insert into membership (account_id, partnership, role, agency, agency_name)
                values (:accountId, :partnership, :role, :agency, :agencyName)
                on conflict (account_id, partnership) do update
                   set role = excluded.role, agency = excluded.agency, agency_name = excluded.agency_name
                """)
                .param("accountId", accountId).param("partnership", partnership).param("role", role.name())
                .param("agency", agency.name()).param("agencyName", agencyName).update();
    }

    boolean deleteMembership(long accountId, String partnership) {
        return jdbc.sql("delete from membership where account_id = :accountId and partnership = :partnership")
                .param("accountId", accountId).param("partnership", partnership).update() == 1;
    }

    private static final String MEMBERSHIP = """
            select m.account_id, a.username, a.display_name, m.partnership, m.role, m.agency, m.agency_name
              from membership m join account a on a.id = m.account_id
            """;

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getLong("account_id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("partnership"), MembershipRole.valueOf(rs.getString("role")),
                Agency.valueOf(rs.getString("agency")), rs.getString("agency_name"));
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        Account account = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), roles(rs.getArray("account_roles")), rs.getBoolean("enabled"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getInt("version"));
        return new Credentials(account, rs.getString("password_hash"), rs.getInt("failed_sign_ins"));
    }

    private static Set<AccountRole> roles(Array array) throws SQLException {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(AccountRole::valueOf).forEach(roles::add);
        }
        return roles;
    }

    private static String roles(Set<AccountRole> roles) {
        return "{" + String.join(",", roles.stream().map(Enum::name).sorted().toList()) + "}";
    }
}
