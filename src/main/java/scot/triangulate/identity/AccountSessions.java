package scot.triangulate.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person's signed-in sessions, found through the session store's principal index, whichever instance
 * created them. Once a change of rights is committed, the person's sessions are ended (rights taken away,
 * password changed) or given the new rights (a membership added).
 */
@Component
class AccountSessions {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final UserDetailsService users;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserDetailsService users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** A change of a person's rights; {@code keepSession} is the session that made it (a password change), if any. */
    record RightsChanged(String username, boolean endSessions, String keepSession) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void rightsChanged(RightsChanged change) {
        if (change.endSessions()) {
            sessions.findByPrincipalName(change.username()).keySet().stream()
                    .filter(id -> !id.equals(change.keepSession()))
                    .forEach(sessions::deleteById);
        } else {
            refresh(sessions, change.username());
        }
    }

    private <S extends Session> void refresh(FindByIndexNameSessionRepository<S> store, String username) {
        User fresh;
        try {
            fresh = (User) users.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            store.findByPrincipalName(username).keySet().forEach(store::deleteById);
            return;
        }
        fresh.eraseCredentials();
        for (S session : store.findByPrincipalName(username).values()) {
            if (session.getAttribute(CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null) {
                UsernamePasswordAuthenticationToken authentication =
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                authentication.setDetails(context.getAuthentication().getDetails());
                session.setAttribute(CONTEXT, new SecurityContextImpl(authentication));
                store.save(session);
            }
        }
    }
}
