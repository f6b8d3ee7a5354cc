package scot.triangulate.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person with their rights: installation roles as authorities and the role in each partnership they
 * belong to. Read when they sign in (or per request for an API token) and kept in the session, which lives in
 * PostgreSQL and is read on every request; every change of rights ends or rewrites the person's sessions
 * ({@link AccountSessions}), so no instance ever holds rights older than the last change.
 */
final class SignedInAccount extends User {

    private static final long serialVersionUID = 1L;

    private final Map<String, MembershipRole> memberships;

    SignedInAccount(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            Map<String, MembershipRole> memberships) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.memberships = Map.copyOf(memberships);
    }

    Optional<MembershipRole> role(String partnership) {
        return Optional.ofNullable(partnership == null ? null : memberships.get(partnership));
    }
}
