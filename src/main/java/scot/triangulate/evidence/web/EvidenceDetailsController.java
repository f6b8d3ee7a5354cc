package scot.triangulate.evidence.web;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.EvidenceCorrection;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceRejectedException;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.IndicatorChoices;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.ConcurrentChangeException;

/** Correcting a document's details under its number: one page with every detail, reached by each "Change" link. */
@Controller
class EvidenceDetailsController {

    private static final String PATH = "/partnerships/{partnership}/evidence/{number}/details";

    private final EvidenceService evidence;
    private final EvidenceCorrection correction;
    private final PartnershipService partnerships;

    private final IndicatorChoices indicatorChoices;

    EvidenceDetailsController(EvidenceService evidence, EvidenceCorrection correction, PartnershipService partnerships,
            IndicatorChoices indicatorChoices) {
        this.evidence = evidence;
        this.indicatorChoices = indicatorChoices;
        this.correction = correction;
        this.partnerships = partnerships;
    }

    @GetMapping(PATH)
    String form(@PathVariable String partnership, @PathVariable String number, Authentication authentication, Model model) {
        EvidenceItem item = correction.toChange(partnership, EvidenceController.number(number), authentication);
        model.addAttribute("evidenceDetailsForm", EvidenceDetailsForm.of(item));
        return page(partnership, item, model);
    }

    @PostMapping(PATH)
    String change(@PathVariable String partnership, @PathVariable String number,
            @Valid @ModelAttribute EvidenceDetailsForm evidenceDetailsForm, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        int n = EvidenceController.number(number);
        EvidenceItem item = correction.toChange(partnership, n, authentication);
        if (!errors.hasErrors()) {
            try {
                EvidenceItem changed = correction.change(partnership, n, evidenceDetailsForm.details(),
                        evidenceDetailsForm.detailsVersion() == null ? -1 : evidenceDetailsForm.detailsVersion(),
                        authentication);
                redirect.addFlashAttribute("notice", "evidence.details.changed");
                return "redirect:/partnerships/" + partnership + "/evidence/" + changed.documentNumber();
            } catch (EvidenceRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            } catch (ConcurrentChangeException e) {
                // What this person typed stays in the form; the details saved since are shown above it, and saving
                // again is a deliberate choice to replace them.
                errors.reject("evidence.details.conflict");
                model.addAttribute("conflict", true);
                model.addAttribute("formVersion", item.detailsVersion());
            }
        }
        return page(partnership, item, model);
    }

    private String page(String partnership, EvidenceItem item, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("item", item);
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("coreCategories", CoreDocumentCategory.values());
        model.addAttribute("indicatorChoices", indicatorChoices.forPartnership(partnership));
        model.addAttribute("indicatorsInScope", indicatorChoices.inScopeCount(partnership));
        model.addAttribute("indicatorTitles", evidence.indicatorChoices());
        model.addAttribute("frameworkId", evidence.taggingFramework());
        return "evidence/details";
    }
}
