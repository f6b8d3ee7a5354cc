package scot.triangulate.site;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;

/** A partnership's home page for its members: who is in it, its family group, where to go next. */
@Controller
class PartnershipHomeController {

    private final PartnershipService partnerships;
    private final AccountService accounts;
    private final PartnershipAccess access;
    private final CoreDocuments coreDocuments;

    PartnershipHomeController(PartnershipService partnerships, AccountService accounts, PartnershipAccess access,
            CoreDocuments coreDocuments) {
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.access = access;
        this.coreDocuments = coreDocuments;
    }

    @GetMapping("/partnerships/{partnership}")
    String home(@PathVariable("partnership") String slug, Authentication authentication, Model model) {
        Partnership partnership = partnerships.get(slug);
        model.addAttribute("partnership", partnership);
        model.addAttribute("familyGroup", partnerships.peopleFamilyGroup(partnership));
        model.addAttribute("members", accounts.members(slug));
        model.addAttribute("role", access.role(authentication, slug).orElse(null));
        model.addAttribute("canLead", access.canLead(authentication, slug));
        model.addAttribute("coreDocuments", coreDocuments.completeness(slug));
        return "site/partnership-home";
    }
}
