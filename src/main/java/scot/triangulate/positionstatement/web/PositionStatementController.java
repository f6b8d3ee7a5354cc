package scot.triangulate.positionstatement.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.positionstatement.AlreadySubmittedException;
import scot.triangulate.positionstatement.Checks;
import scot.triangulate.positionstatement.PositionStatement;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.positionstatement.Section;
import scot.triangulate.positionstatement.SectionPreviews;
import scot.triangulate.positionstatement.SectionConflictException;
import scot.triangulate.positionstatement.StatementRejectedException;
import scot.triangulate.positionstatement.StatementTemplate;
import scot.triangulate.positionstatement.SubmissionRefusedException;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.shared.NotFoundException;

/** The position statement's pages: the task list, each section, the checks with submission, and comparison. */
@Controller
@RequestMapping("/partnerships/{partnership}/cycles/{cycleId}/position-statement")
class PositionStatementController {

    /** The page's h1 is the section title and "Saved text" an h2, so the writer's "#" headings become h3. */
    private static final int PAGE_HEADING_OFFSET = 2;

    private final CycleService cycles;
    private final PositionStatementService statements;
    private final PartnershipService partnerships;
    private final MessageSource messages;
    private final TextScreening screening;
    private final SectionPreviews previews;

    PositionStatementController(CycleService cycles, PositionStatementService statements, PartnershipService partnerships,
            MessageSource messages, TextScreening screening, SectionPreviews previews) {
        this.screening = screening;
        this.previews = previews;
        this.cycles = cycles;
        this.statements = statements;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    @GetMapping
    String overview(@PathVariable String partnership, @PathVariable long cycleId, Authentication authentication, Model model) {
        Cycle cycle = page(partnership, cycleId, model);
        PositionStatement draft = statements.draft(cycle);
        model.addAttribute("statement", draft);
        model.addAttribute("submissions", statements.submissions(cycle));
        model.addAttribute("changedSinceSubmission", statements.draftChangedSinceSubmission(cycle, draft));
        model.addAttribute("checks", statements.checks(cycle, draft));
        model.addAttribute("canLead", statements.maySubmit(cycle, authentication));
        return "positionstatement/overview";
    }

    @GetMapping("/sections/{key}")
    String section(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String key,
            Authentication authentication, Model model) {
        Cycle cycle = page(partnership, cycleId, model);
        model.addAttribute("canClear", screening.mayClear(partnership, authentication));
        Section section = statements.section(cycle, key);
        model.addAttribute("sectionForm", new SectionForm(section.text(), section.version()));
        return sectionPage(cycle, section, model);
    }

    @PostMapping("/sections/{key}")
    String save(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String key,
            @ModelAttribute SectionForm sectionForm, Authentication authentication, Model model, RedirectAttributes redirect) {
        Cycle cycle = page(partnership, cycleId, model);
        model.addAttribute("canClear", screening.mayClear(partnership, authentication));
        try {
            Section saved = statements.save(cycle, key, sectionForm.text(), sectionForm.versionOrZero(), authentication.getName());
            redirect.addFlashAttribute("savedKey", saved.key());
            redirect.addFlashAttribute("savedTitle", saved.title());
            if (statements.screened(cycle, key).held("text")) {
                // Saved, but screening found personal data: back to the text with the findings beside it.
                return "redirect:/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement/sections/" + key
                        + "#screening-text";
            }
            if (!statements.citationProblems(cycle, saved).isEmpty()) {
                // Saved, but a citation cannot stand (held, or not in the log): back to the text with the warning.
                return "redirect:/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement/sections/" + key
                        + "#citation-warnings";
            }
            return "redirect:/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement#section-" + key;
        } catch (SectionConflictException e) {
            // Nothing lost: the writer's text stays in the box, the newer saved text is shown beside it, and the
            // form now carries the newer version, so saving again is a deliberate choice.
            model.addAttribute("conflict", e.current());
            model.addAttribute("conflictHtml", statements.html(partnership, e.current().text(), PAGE_HEADING_OFFSET + 1));
            model.addAttribute("sectionForm", new SectionForm(e.yourText(), e.current().version()));
            return sectionPage(cycle, e.current(), model);
        } catch (StatementRejectedException e) {
            model.addAttribute("problemKey", e.messageKey());
            model.addAttribute("problemArguments", e.arguments());
            model.addAttribute("sectionForm", sectionForm);
            return sectionPage(cycle, statements.section(cycle, key), model);
        }
    }

    /** The writer's unsaved text as it will appear, beside the form that still holds it (and its version): nothing is saved. */
    @PostMapping("/sections/{key}/preview")
    String preview(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String key,
            @ModelAttribute SectionForm sectionForm, Authentication authentication, Model model) {
        Cycle cycle = page(partnership, cycleId, model);
        model.addAttribute("canClear", screening.mayClear(partnership, authentication));
        model.addAttribute("sectionForm", sectionForm);
        try {
            model.addAttribute("previewHtml", previews.html(cycle, key, sectionForm.text(), PAGE_HEADING_OFFSET, authentication));
        } catch (StatementRejectedException e) {
            model.addAttribute("problemKey", e.messageKey());
            model.addAttribute("problemArguments", e.arguments());
        }
        return sectionPage(cycle, statements.section(cycle, key), model);
    }

    @GetMapping("/checks")
    String checks(@PathVariable String partnership, @PathVariable long cycleId, Authentication authentication, Model model) {
        Cycle cycle = page(partnership, cycleId, model);
        Checks checks = statements.checks(cycle);
        model.addAttribute("checks", checks);
        model.addAttribute("problems", ProblemView.of(checks.problems(), partnership, cycleId, messages));
        model.addAttribute("canLead", statements.maySubmit(cycle, authentication));
        return "positionstatement/checks";
    }

    @PostMapping("/submit")
    String submit(@PathVariable String partnership, @PathVariable long cycleId, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle cycle = cycles.get(partnership, cycleId);
        String statement = "/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement";
        try {
            redirect.addFlashAttribute("submitted", statements.submit(cycle, authentication).number());
            return "redirect:" + statement;
        } catch (SubmissionRefusedException e) {
            redirect.addFlashAttribute("refused", true);
            return "redirect:" + statement + "/checks";
        } catch (AlreadySubmittedException e) {
            redirect.addFlashAttribute("alreadySubmitted", e.version());
            return "redirect:" + statement;
        }
    }

    @GetMapping("/compare")
    String compare(@PathVariable String partnership, @PathVariable long cycleId,
            @RequestParam(name = "from", required = false) String from, @RequestParam(name = "to", required = false) String to,
            Model model) {
        Cycle cycle = page(partnership, cycleId, model);
        var submissions = statements.submissions(cycle);
        String before = from != null ? from
                : submissions.isEmpty() ? PositionStatement.DRAFT : String.valueOf(submissions.get(submissions.size() - 1).number());
        String after = to != null ? to : PositionStatement.DRAFT;
        model.addAttribute("submissions", submissions);
        model.addAttribute("from", statements.version(cycle, before));
        model.addAttribute("to", statements.version(cycle, after));
        model.addAttribute("comparisons", statements.compare(cycle, before, after));
        return "positionstatement/compare";
    }

    private Cycle page(String partnership, long cycleId, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", cycle);
        return cycle;
    }

    private String sectionPage(Cycle cycle, Section section, Model model) {
        PositionStatement draft = statements.draft(cycle);
        StatementTemplate template = draft.template();
        model.addAttribute("template", template);
        model.addAttribute("section", section);
        model.addAttribute("sectionTemplate", template.section(section.key())
                .orElseThrow(() -> new NotFoundException("position statement section", section.key())));
        model.addAttribute("savedHtml", statements.html(cycle.partnership(), section.text(), PAGE_HEADING_OFFSET));
        model.addAttribute("screened", statements.screened(cycle, section.key()));
        model.addAttribute("citationProblems", statements.citationProblems(cycle, section));
        // The log as the editor's live warnings read it: "D001:CLEARED,D002:HELD,...".
        model.addAttribute("citable", statements.citable(cycle).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().name()).collect(java.util.stream.Collectors.joining(",")));
        model.addAttribute("otherWords", draft.wordCount() - draft.section(section.key()).map(Section::wordCount).orElse(0));
        return "positionstatement/section";
    }
}
