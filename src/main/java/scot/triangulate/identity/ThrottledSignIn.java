package scot.triangulate.identity;

import java.util.Map;
import java.util.OptionalInt;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import scot.triangulate.audit.AuditLog;

/**
 * Signs people in with their username and password, each attempt counted by {@link SignInThrottle} before the
 * password is checked. Every failure, whatever its cause, is the same {@link BadCredentialsException}.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final AuditLog audit;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            AccountRepository accounts, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        OptionalInt attempts = throttle.attempt(username, source);
        if (attempts.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, source);
            return result;
        } catch (AuthenticationException e) {
            if (attempts.getAsInt() == throttle.allowance() && accounts.findByUsername(username).isPresent()) {
                audit.record("account.sign-in-delayed", "account", username, null, null,
                        Map.of("failedSignIns", attempts.getAsInt(), "source", source));
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
