package scot.triangulate.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** A person's account as other modules and pages see it; never carries the password hash. */
public record Account(long id, String username, String displayName, String email, Set<AccountRole> roles,
        boolean enabled, OffsetDateTime lockedUntil, int version) {

    public boolean has(AccountRole role) {
        return roles.contains(role);
    }

    public boolean locked() {
        return lockedAt(OffsetDateTime.now());
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
