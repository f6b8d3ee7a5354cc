package scot.triangulate.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;

/** Lock-out after repeated failures: the account is locked for a while once the limit is reached. */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailedAttempts;
    private final Duration lockOut;

    SignInAttempts(AccountRepository accounts, AuditLog audit,
            @Value("${triangulate.sign-in.max-failed-attempts:5}") int maxFailedAttempts,
            @Value("${triangulate.sign-in.lock-out-minutes:15}") int lockOutMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockOut = Duration.ofMinutes(lockOutMinutes);
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        OffsetDateTime lockUntil = OffsetDateTime.now().plus(lockOut);
        int failures = accounts.recordFailedSignIn(username, maxFailedAttempts, lockUntil);
        if (failures == maxFailedAttempts) {
            audit.record("account.locked", "account", username, null, null,
                    Map.of("failedSignIns", failures, "lockedUntil", lockUntil.toString()));
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }
}
