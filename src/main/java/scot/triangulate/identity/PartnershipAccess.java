package scot.triangulate.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The access rule for a partnership's pages and API: its members and administrators only. A signed-in
 * person's memberships come with their sign-in ({@link SignedInAccount}), which every change of membership
 * ends or refreshes; anyone else's are read from the database.
 */
@Service
public class PartnershipAccess {

    private final AccountRepository accounts;

    PartnershipAccess(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Refuses a change by anyone but the partnership's leads, contributors and administrators. */
    public void requireContributor(Authentication authentication, String partnership, String what) {
        if (!canContribute(authentication, partnership)) {
            throw new AccessDeniedException("Only the partnership's leads and contributors " + what);
        }
    }

    /** Refuses what only administrators do. */
    public void requireAdministrator(Authentication authentication, String what) {
        if (!isAdministrator(authentication)) {
            throw new AccessDeniedException("Only an administrator " + what);
        }
    }

    /** Refuses what only the partnership's leads (and administrators) do. */
    public void requireLead(Authentication authentication, String partnership, String what) {
        if (!canLead(authentication, partnership)) {
            throw new AccessDeniedException("Only a partnership lead " + what);
        }
    }

    public boolean canView(Authentication authentication, String partnership) {
        return isAdministrator(authentication) || role(authentication, partnership).isPresent();
    }

    /**
     * Whether a person may change anything of the partnership's: its leads, contributors and administrators. A
     * record reader reads; nothing they can reach changes the self-evaluation, its evidence or its figures.
     */
    public boolean canContribute(Authentication authentication, String partnership) {
        return isAdministrator(authentication) || role(authentication, partnership)
                .filter(r -> r == MembershipRole.PARTNERSHIP_LEAD || r == MembershipRole.CONTRIBUTOR).isPresent();
    }

    public boolean canLead(Authentication authentication, String partnership) {
        return isAdministrator(authentication)
                || role(authentication, partnership).filter(r -> r == MembershipRole.PARTNERSHIP_LEAD).isPresent();
    }

    public Optional<MembershipRole> role(Authentication authentication, String partnership) {
        if (!signedIn(authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInAccount account) {
            return account.role(partnership);
        }
        return accounts.membershipRole(authentication.getName(), partnership);
    }

    static boolean isAdministrator(Authentication authentication) {
        return signedIn(authentication) && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(AccountRole.ADMINISTRATOR.authority()));
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }
}
