package scot.triangulate.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.shared.NotFoundException;

/**
 * Personal access tokens for API clients. A token carries its owner's rights; only its SHA-256 hash is
 * stored (tokens are long and random, so a slow hash adds nothing), and it is shown once when created.
 */
@Service
public class AccessTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final AccountService accounts;
    private final AuditLog audit;

    AccessTokenService(AccessTokenRepository tokens, AccountService accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    public List<AccessToken> tokens(String username) {
        return tokens.forAccount(accounts.get(username).id());
    }

    /**
     * Creates a token for a person who has just entered their password again, and returns its secret, which is
     * never shown again.
     */
    @Transactional
    public String create(String username, String password, String name) {
        if (!accounts.passwordMatches(username, password)) {
            throw new IllegalArgumentException("token.password.wrong");
        }
        return create(username, name);
    }

    /** Creates a token and returns its secret, which is never shown again. */
    @Transactional
    public String create(String username, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "tri_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = tokens.insert(accounts.get(username).id(), name.strip(), hash(token));
        audit.record("access-token.created", "access-token", String.valueOf(id), null, null, Map.of("owner", username, "name", name.strip()));
        return token;
    }

    /** Demo mode only: gives an account a known token such as {@code demo-lead-token}. */
    @Transactional
    public void ensureKnownToken(String username, String name, String token) {
        tokens.insertIfAbsent(accounts.get(username).id(), name, hash(token));
    }

    @Transactional
    public void revoke(String username, long tokenId) {
        if (!tokens.revoke(accounts.get(username).id(), tokenId)) {
            throw new NotFoundException("access token", String.valueOf(tokenId));
        }
        audit.record("access-token.revoked", "access-token", String.valueOf(tokenId), null, null, Map.of("owner", username));
    }

    Optional<String> authenticate(String token) {
        return tokens.useToken(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
