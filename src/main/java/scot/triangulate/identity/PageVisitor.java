package scot.triangulate.identity;

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

    public boolean signedIn() {
        return PartnershipAccess.signedIn(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean administrator() {
        return PartnershipAccess.isAdministrator(SecurityContextHolder.getContext().getAuthentication());
    }
}
