package scot.triangulate.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

/**
 * Accounts and memberships: who people are and which partnerships they belong to. Taking rights away (disabling,
 * changing installation roles, removing or changing a membership) or changing the password ends the person's
 * sessions; a new membership is added to them ({@link AccountSessions}).
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PartnershipService partnerships;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    private final AccountDetailsService details;

    AccountService(AccountRepository accounts, PartnershipService partnerships, PasswordEncoder passwordEncoder,
            AuditLog audit, SignInThrottle throttle, ApplicationEventPublisher events, AccountDetailsService details) {
        this.details = details;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.throttle = throttle;
        this.events = events;
    }

    public List<Account> all() {
        return accounts.all();
    }

    public Optional<Account> find(String username) {
        return accounts.findByUsername(username).map(AccountRepository.Credentials::account);
    }

    /**
     * The person as the acting person of work done on their behalf rather than through a request (loading the demo
     * data): the same rights their sign-in would carry, so every service rule applies to it.
     */
    public org.springframework.security.core.Authentication actingAs(String username) {
        return details.actingAs(username);
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("person", username));
    }

    /** The agency a person works for in a partnership; {@code OTHER} when they are not a member (an administrator). */
    public scot.triangulate.partnership.Agency agencyIn(String username, String partnership) {
        return memberships(username).stream().filter(m -> m.partnership().equals(partnership))
                .map(Membership::agency).findFirst().orElse(scot.triangulate.partnership.Agency.OTHER);
    }

    public List<Membership> memberships(String username) {
        return accounts.membershipsByUsername(username);
    }

    public List<Membership> members(String partnership) {
        return accounts.members(partnership);
    }

    /** Creates an account; the username must be new. Passwords follow {@link PasswordPolicy}. */
    @Transactional
    public Account create(String username, String displayName, String email, String password, Set<AccountRole> roles) {
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("username.taken");
        }
        PasswordPolicy.check(password);
        accounts.insert(username, displayName.strip(), blankToNull(email), passwordEncoder.encode(password), roles);
        Account account = get(username);
        audit.record("account.created", "account", username, null, null, state(account));
        return account;
    }

    @Transactional
    public void update(String username, String displayName, String email, Set<AccountRole> roles, boolean enabled,
            int version) {
        Account before = get(username);
        if (!accounts.update(before.id(), displayName.strip(), blankToNull(email), roles, enabled, version)) {
            throw new ConcurrentChangeException("person", username);
        }
        if (before.enabled() != enabled || !before.roles().equals(roles)) {
            events.publishEvent(new AccountSessions.RightsChanged(username, true, null));
        }
        audit.record("account.updated", "account", username, null, state(before), state(get(username)));
    }

    /** Changes a person's own password, after checking their current one, and ends all their sessions. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        changePassword(username, currentPassword, newPassword, null);
    }

    /** Changes a person's own password, after checking their current one, and ends all their other sessions. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword, String currentSession) {
        AccountRepository.Credentials credentials = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("person", username));
        if (!passwordMatches(username, currentPassword)) {
            throw new IllegalArgumentException("password.current.wrong");
        }
        PasswordPolicy.check(newPassword);
        accounts.setPassword(credentials.account().id(), passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountSessions.RightsChanged(username, true, currentSession));
        audit.record("account.password-changed", "account", username, null, null, null);
    }

    /** Whether this is the person's current password; each check counts as a sign-in attempt ({@link SignInThrottle}). */
    public boolean passwordMatches(String username, String password) {
        if (password == null || throttle.attemptWhileSignedIn(username).isEmpty()) {
            return false;
        }
        boolean matches = accounts.findByUsername(username)
                .filter(credentials -> credentials.account().enabled())
                .map(credentials -> passwordEncoder.matches(password, credentials.passwordHash()))
                .orElse(false);
        if (matches) {
            throttle.clear(username);
        }
        return matches;
    }

    @Transactional
    public void unlock(String username) {
        Account account = get(username);
        accounts.unlock(account.id());
        throttle.clear(username);
        audit.record("account.unlocked", "account", username, null, Map.of("lockedUntil", String.valueOf(account.lockedUntil())), null);
    }

    @Transactional
    public void addMembership(String username, String partnership, MembershipRole role, Agency agency, String agencyName) {
        Account account = get(username);
        partnerships.get(partnership);
        Optional<Membership> before = accounts.memberships(account.id()).stream()
                .filter(m -> m.partnership().equals(partnership)).findFirst();
        accounts.saveMembership(account.id(), partnership, role, agency, blankToNull(agencyName));
        if (before.isEmpty() || before.get().role() != role) {
            events.publishEvent(new AccountSessions.RightsChanged(username, before.isPresent(), null));
        }
        audit.record("membership.saved", "membership", username + "@" + partnership, partnership,
                before.map(AccountService::state).orElse(null),
                Map.of("role", role.name(), "agency", agency.name(), "agencyName", String.valueOf(blankToNull(agencyName))));
    }

    @Transactional
    public void removeMembership(String username, String partnership) {
        Account account = get(username);
        Membership before = accounts.memberships(account.id()).stream()
                .filter(m -> m.partnership().equals(partnership)).findFirst()
                .orElseThrow(() -> new NotFoundException("membership", username + "@" + partnership));
        accounts.deleteMembership(account.id(), partnership);
        events.publishEvent(new AccountSessions.RightsChanged(username, true, null));
        audit.record("membership.removed", "membership", username + "@" + partnership, partnership, state(before), null);
    }

    private static Map<String, Object> state(Account account) {
        return Map.of("username", account.username(), "displayName", account.displayName(),
                "email", String.valueOf(account.email()), "roles", account.roles().stream().map(Enum::name).sorted().toList(),
                "enabled", account.enabled());
    }

    private static Map<String, Object> state(Membership membership) {
        return Map.of("role", membership.role().name(), "agency", membership.agency().name(),
                "agencyName", String.valueOf(membership.agencyName()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
