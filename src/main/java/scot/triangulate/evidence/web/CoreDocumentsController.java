package scot.triangulate.evidence.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceRejectedException;
import scot.triangulate.partnership.PartnershipService;

/** The core documents checklist: each category met by documents in the log, or marked not held with a reason. */
@Controller
class CoreDocumentsController {

    private final CoreDocuments coreDocuments;
    private final PartnershipService partnerships;

    CoreDocumentsController(CoreDocuments coreDocuments, PartnershipService partnerships) {
        this.coreDocuments = coreDocuments;
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{partnership}/core-documents")
    String checklist(@PathVariable String partnership, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("entries", coreDocuments.checklist(partnership));
        model.addAttribute("completeness", coreDocuments.completeness(partnership));
        return "evidence/core-documents";
    }

    @PostMapping("/partnerships/{partnership}/core-documents/{category}/not-held")
    String notHeld(@PathVariable String partnership, @PathVariable CoreDocumentCategory category,
            @RequestParam(name = "reason", required = false) String reason, Principal principal, RedirectAttributes redirect) {
        partnerships.get(partnership);
        try {
            coreDocuments.markNotHeld(partnership, category, reason, principal.getName());
            redirect.addFlashAttribute("notice", "core.notHeld.saved");
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("problemCategory", category);
            redirect.addFlashAttribute("problemKey", e.messageKey());
        }
        return "redirect:/partnerships/" + partnership + "/core-documents#" + category.name();
    }

    @PostMapping("/partnerships/{partnership}/core-documents/{category}/held")
    String withdrawNotHeld(@PathVariable String partnership, @PathVariable CoreDocumentCategory category,
            RedirectAttributes redirect) {
        partnerships.get(partnership);
        coreDocuments.clearNotHeld(partnership, category);
        redirect.addFlashAttribute("notice", "core.notHeld.withdrawn");
        return "redirect:/partnerships/" + partnership + "/core-documents#" + category.name();
    }
}
