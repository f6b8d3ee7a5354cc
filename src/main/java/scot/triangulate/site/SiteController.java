package scot.triangulate.site;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.AccountService;

/** The start page, the accessibility statement and the admin index. */
@Controller
class SiteController {

    private final AccountService accounts;
    private final FrameworkCatalogue frameworks;

    SiteController(AccountService accounts, FrameworkCatalogue frameworks) {
        this.accounts = accounts;
        this.frameworks = frameworks;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        if (principal != null) {
            model.addAttribute("memberships", accounts.memberships(principal.getName()));
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
