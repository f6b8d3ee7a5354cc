package scot.triangulate.identity;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, as the page layout shows it: {@code ${@pageVisitor.signedIn()}} and
 * {@code ${@pageVisitor.administrator()}}. Read from the request's security context directly; every page asks,
 * so it is not an access expression built and evaluated per question. What a person may do is still decided by
 * the request rules and the services; this only chooses which links the header offers.
 */
@Component("pageVisitor")
public class PageVisitor {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !trust.isAnonymous(authentication);
    }

    public boolean administrator() {
        if (!signedIn()) {
            return false;
        }
        String administrator = AccountRole.ADMINISTRATOR.authority();
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> administrator.equals(a.getAuthority()));
    }
}
