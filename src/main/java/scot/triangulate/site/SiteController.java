package scot.triangulate.site;

import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;

/** The start page, the accessibility statement and the admin index. */
@Controller
class SiteController {

    private final AccountService accounts;
    private final FrameworkCatalogue frameworks;
    private final PartnershipService partnerships;

    SiteController(AccountService accounts, FrameworkCatalogue frameworks, PartnershipService partnerships) {
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.frameworks = frameworks;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        if (principal != null) {
            model.addAttribute("memberships", accounts.memberships(principal.getName()));
            // Partnerships by their names, as people call them, not by the slug in their address.
            Map<String, String> names = partnerships.all().stream().collect(Collectors.toMap(Partnership::slug, Partnership::name));
            model.addAttribute("partnershipNames", names);
        }
        model.addAttribute("frameworks", frameworks.frameworks());
        return "site/home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/admin")
    String admin() {
        return "site/admin";
    }
}
