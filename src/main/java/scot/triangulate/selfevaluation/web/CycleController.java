package scot.triangulate.selfevaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleRejectedException;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.CycleSummaryExport;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;
import scot.triangulate.selfevaluation.SelfEvaluationPolicy;

/** Self-evaluation cycles: the list, starting one (partnership leads), and each cycle's summary. */
@Controller
class CycleController {

    private final CycleService cycles;
    private final EvaluationService evaluations;
    private final FrameworkCatalogue frameworks;
    private final PartnershipService partnerships;
    private final SelfEvaluationPolicy policy;
    private final CycleSummaryExport export;
    private final EvidenceService evidence;

    CycleController(CycleService cycles, EvaluationService evaluations, FrameworkCatalogue frameworks,
            PartnershipService partnerships, SelfEvaluationPolicy policy, CycleSummaryExport export,
            EvidenceService evidence) {
        this.evidence = evidence;
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.partnerships = partnerships;
        this.policy = policy;
        this.export = export;
    }

    record StartCycleForm(@NotBlank(message = "{cycle.title.required}") @Size(max = 200, message = "{cycle.title.long}") String title,
            @NotBlank(message = "{cycle.framework.required}") String frameworkId,
            @NotNull(message = "{cycle.dueDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            List<String> indicators, PerspectiveKind perspective) {
    }

    @GetMapping("/partnerships/{partnership}/cycles")
    String list(@PathVariable String partnership, Authentication authentication, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycles", cycles.cycles(partnership));
        model.addAttribute("canLead", policy.mayLead(authentication, partnership));
        return "selfevaluation/cycles";
    }

    @GetMapping("/partnerships/{partnership}/cycles/new")
    String newCycle(@PathVariable String partnership, Authentication authentication, Model model) {
        policy.requireLead(authentication, partnership);
        Framework framework = frameworks.current();
        model.addAttribute("startCycleForm", new StartCycleForm("", framework.id(), null,
                CycleService.defaultIndicators(framework), PerspectiveKind.AGENCY));
        return form(partnership, model);
    }

    @PostMapping("/partnerships/{partnership}/cycles")
    String start(@PathVariable String partnership, @Valid @ModelAttribute StartCycleForm startCycleForm, BindingResult errors,
            Authentication authentication, Model model) {
        policy.requireLead(authentication, partnership);
        if (!errors.hasErrors()) {
            try {
                // The indicator choices on the form are the current framework's; another takes its own focus indicators.
                List<String> scope = frameworks.current().id().equals(startCycleForm.frameworkId())
                        ? startCycleForm.indicators() : List.of();
                Cycle cycle = cycles.start(partnership, startCycleForm.frameworkId(), startCycleForm.title(),
                        startCycleForm.dueDate(), scope, startCycleForm.perspective(), authentication);
                return "redirect:/partnerships/" + partnership + "/cycles/" + cycle.id();
            } catch (CycleRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return form(partnership, model);
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycle}")
    String summary(@PathVariable String partnership, @PathVariable long cycle, Authentication authentication, Model model) {
        Cycle c = cycles.get(partnership, cycle);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("summary", evaluations.summary(c, frameworks.framework(c.frameworkId()), authentication));
        model.addAttribute("framework", frameworks.summary(c.frameworkId()));
        model.addAttribute("canLead", policy.mayLead(authentication, partnership));
        model.addAttribute("heldCount", evidence.heldCount(partnership));
        return "selfevaluation/summary";
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycle}/summary.xlsx")
    void summaryXlsx(@PathVariable String partnership, @PathVariable long cycle, Authentication authentication,
            HttpServletResponse response) throws IOException {
        Cycle c = cycles.get(partnership, cycle);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"cycle-" + c.id() + "-summary.xlsx\"");
        export.xlsx(evaluations.summary(c, frameworks.framework(c.frameworkId()), authentication), response.getOutputStream());
    }

    private String form(String partnership, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("frameworks", frameworks.frameworks());
        model.addAttribute("indicatorChoices", frameworks.current().indicators());
        model.addAttribute("perspectives", PerspectiveKind.values());
        return "selfevaluation/start";
    }
}
