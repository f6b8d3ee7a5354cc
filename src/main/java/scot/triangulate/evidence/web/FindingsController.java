package scot.triangulate.evidence.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.DocumentNumber;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceRejectedException;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.ScreeningFinding;
import scot.triangulate.partnership.PartnershipService;

/**
 * One page per held document where a lead decides on what screening found: it recommends a redacted version, and
 * clears the findings that are not personal data in one submission, each with its reason.
 */
@Controller
class FindingsController {

    private static final String PATH = "/partnerships/{partnership}/evidence/{number}/findings";

    private final EvidenceService evidence;
    private final PartnershipService partnerships;

    FindingsController(EvidenceService evidence, PartnershipService partnerships) {
        this.evidence = evidence;
        this.partnerships = partnerships;
    }

    /** A problem with one field of the page, for the error summary and beside the field. */
    record Problem(String field, String messageKey, Object argument) {
    }

    @GetMapping(PATH)
    String page(@PathVariable String partnership, @PathVariable String number, Authentication authentication, Model model) {
        return page(partnership, EvidenceController.number(number), authentication, List.of(), List.of(), Map.of(), model);
    }

    @PostMapping(PATH)
    String clear(@PathVariable String partnership, @PathVariable String number,
            @RequestParam(name = "clear", required = false) List<Long> chosen,
            @RequestParam MultiValueMap<String, String> form, Authentication authentication, Model model,
            RedirectAttributes redirect) {
        int n = EvidenceController.number(number);
        List<Long> open = evidence.findingsToDecide(partnership, n, authentication).stream()
                .filter(f -> !f.cleared()).map(ScreeningFinding::id).toList();
        List<Long> ids = chosen == null ? List.of() : chosen.stream().distinct().toList();
        Map<Long, String> reasons = new LinkedHashMap<>();
        ids.forEach(id -> reasons.put(id, form.getFirst("reason-" + id)));
        List<Problem> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add(new Problem("clear", "finding.choose", null));
        }
        reasons.forEach((id, reason) -> {
            if (reason == null || reason.isBlank()) {
                problems.add(new Problem("reason-" + id, "findings.reason.required", open.indexOf(id) + 1));
            }
        });
        if (problems.isEmpty()) {
            try {
                evidence.clearFindings(partnership, n, reasons, authentication);
                redirect.addFlashAttribute("notice", ids.size() == 1 ? "finding.cleared" : "findings.cleared");
                redirect.addFlashAttribute("noticeAt", "findings");
                return "redirect:/partnerships/" + partnership + "/evidence/" + DocumentNumber.format(n) + "#notice";
            } catch (EvidenceRejectedException e) {
                problems.add(new Problem(e.field(), e.messageKey(), null));
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("reason-") && !values.isEmpty()) {
                typed.put(name, values.get(0));
            }
        });
        return page(partnership, n, authentication, problems, ids, typed, model);
    }

    private String page(String partnership, int number, Authentication actor, List<Problem> problems, List<Long> chosen,
            Map<String, String> typed, Model model) {
        List<ScreeningFinding> findings = evidence.findingsToDecide(partnership, number, actor);
        EvidenceItem item = evidence.get(partnership, number);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("item", item);
        model.addAttribute("open", findings.stream().filter(f -> !f.cleared()).toList());
        model.addAttribute("cleared", findings.stream().filter(ScreeningFinding::cleared).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("problemFields", problems.stream().map(Problem::field).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("typed", typed);
        return "evidence/findings";
    }
}
