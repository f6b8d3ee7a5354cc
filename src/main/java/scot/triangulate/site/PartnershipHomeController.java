package scot.triangulate.site;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;

/**
 * A partnership's home page for its members: the task list of the day's work (the current cycle, its evaluations,
 * the position statement, held evidence, overdue actions), who is in the partnership, its family group.
 */
@Controller
class PartnershipHomeController {

    private final PartnershipService partnerships;
    private final AccountService accounts;
    private final CoreDocuments coreDocuments;
    private final PartnershipTasks tasks;
    private final FrameworkCatalogue frameworks;

    PartnershipHomeController(PartnershipService partnerships, AccountService accounts,
            CoreDocuments coreDocuments, PartnershipTasks tasks, FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.coreDocuments = coreDocuments;
        this.tasks = tasks;
    }

    @GetMapping("/partnerships/{partnership}")
    String home(@PathVariable("partnership") String slug, Authentication authentication, Model model) {
        Partnership partnership = partnerships.get(slug);
        model.addAttribute("partnership", partnership);
        model.addAttribute("familyGroup", partnerships.peopleFamilyGroup(partnership));
        model.addAttribute("members", accounts.members(slug));
        model.addAttribute("role", tasks.role(slug, authentication).orElse(null));
        model.addAttribute("canLead", tasks.mayReadAudit(slug, authentication));
        model.addAttribute("coreDocuments", coreDocuments.completeness(slug));
        model.addAttribute("today", tasks.today(slug));
        model.addAttribute("frameworkId", frameworks.current().id());
        return "site/partnership-home";
    }
}
