package scot.triangulate.positionstatement.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.DataDraft;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.positionstatement.Section;
import scot.triangulate.positionstatement.SectionConflictException;
import scot.triangulate.positionstatement.StatementRejectedException;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * A generated first draft of "What your data is telling you": the author chooses indicators, reads and edits the
 * draft, and only then adds it to the end of the section. Nothing is added without that choice.
 */
@Controller
@RequestMapping("/partnerships/{partnership}/cycles/{cycleId}/position-statement/data-draft")
class DataDraftController {

    static final String SECTION = "data";

    private final CycleService cycles;
    private final PositionStatementService statements;
    private final PartnershipService partnerships;
    private final DataDraft drafts;

    DataDraftController(CycleService cycles, PositionStatementService statements, PartnershipService partnerships,
            DataDraft drafts) {
        this.cycles = cycles;
        this.statements = statements;
        this.partnerships = partnerships;
        this.drafts = drafts;
    }

    @GetMapping
    String choose(@PathVariable String partnership, @PathVariable long cycleId,
            @RequestParam(name = "indicators", required = false) List<String> chosen, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        Section section = statements.section(cycle, SECTION);
        List<String> codes = chosen == null ? List.of() : chosen;
        model.addAttribute("draft", codes.isEmpty() ? null : drafts.draft(partnership, codes));
        return page(partnership, cycle, section, codes, model);
    }

    @PostMapping
    String insert(@PathVariable String partnership, @PathVariable long cycleId,
            @RequestParam(name = "draft", defaultValue = "") String draft,
            @RequestParam(name = "version", defaultValue = "0") int version,
            @RequestParam(name = "indicators", required = false) List<String> chosen, Principal principal, Model model,
            RedirectAttributes redirect) {
        Cycle cycle = cycles.get(partnership, cycleId);
        Section section = statements.section(cycle, SECTION);
        List<String> codes = chosen == null ? List.of() : chosen;
        model.addAttribute("draft", draft);
        if (draft.isBlank()) {
            model.addAttribute("problemKey", "dataDraft.empty");
            return page(partnership, cycle, section, codes, model);
        }
        String text = section.text().isBlank() ? draft.strip() : section.text().stripTrailing() + "\n\n" + draft.strip();
        try {
            statements.save(cycle, SECTION, text, version, principal.getName());
        } catch (SectionConflictException e) {
            model.addAttribute("problemKey", "dataDraft.conflict");
            return page(partnership, cycle, e.current(), codes, model);
        } catch (StatementRejectedException e) {
            model.addAttribute("problemKey", e.messageKey());
            return page(partnership, cycle, section, codes, model);
        }
        redirect.addFlashAttribute("draftInserted", true);
        return "redirect:/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement/sections/" + SECTION;
    }

    private String page(String partnership, Cycle cycle, Section section, List<String> chosen, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", cycle);
        model.addAttribute("section", section);
        model.addAttribute("choices", drafts.choices(partnership));
        model.addAttribute("chosen", chosen);
        model.addAttribute("disagreements", drafts.disagreements(partnership, chosen, section.text()));
        return "positionstatement/data-draft";
    }
}
