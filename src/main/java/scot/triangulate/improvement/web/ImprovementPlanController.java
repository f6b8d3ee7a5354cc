package scot.triangulate.improvement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.triangulate.improvement.ActionProgress;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlanExport;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.improvement.ImprovementProgress;
import scot.triangulate.improvement.SmartLetter;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;

/** A cycle's improvement plan: its actions with their SMART check, its areas for improvement, progress and exports. */
@Controller
class ImprovementPlanController {

    /** "Overdue" is judged by the calendar day in Scotland, wherever the server runs. */
    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CycleService cycles;
    private final ImprovementPlans plans;
    private final ImprovementProgress progress;
    private final ImprovementPlanExport export;
    private final PartnershipService partnerships;

    ImprovementPlanController(CycleService cycles, ImprovementPlans plans, ImprovementProgress progress,
            ImprovementPlanExport export, PartnershipService partnerships) {
        this.cycles = cycles;
        this.plans = plans;
        this.progress = progress;
        this.export = export;
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan")
    String plan(@PathVariable String partnership, @PathVariable long cycleId, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", cycle);
        List<ImprovementAction> actions = plans.actions(cycle);
        List<EvaluationService.AreaForImprovement> areas = plans.areas(cycle);
        model.addAttribute("actions", actions);
        model.addAttribute("areas", areas);
        model.addAttribute("areaActions", ImprovementPlans.actionsByArea(areas, actions));
        model.addAttribute("letters", SmartLetter.values());
        return "improvement/plan";
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/progress")
    String progress(@PathVariable String partnership, @PathVariable long cycleId, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        LocalDate today = LocalDate.now(SCOTLAND);
        List<ActionProgress> rows = progress.progress(cycle, today);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", cycle);
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(ActionProgress::overdue).toList());
        model.addAttribute("today", today);
        return "improvement/progress";
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String partnership, @PathVariable long cycleId) {
        Cycle cycle = cycles.get(partnership, cycleId);
        return download(XLSX, "improvement-plan-" + cycle.id() + ".xlsx", out -> export.xlsx(cycle, out));
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan.docx")
    ResponseEntity<byte[]> docx(@PathVariable String partnership, @PathVariable long cycleId) {
        Cycle cycle = cycles.get(partnership, cycleId);
        return download(DOCX, "improvement-plan-" + cycle.id() + ".docx", out -> export.docx(cycle, out));
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> download(String type, String fileName, Writer writer) {
        // Written to memory first, so a failure answers with an error page rather than a truncated file.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try {
            writer.write(buffer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bytes = buffer.toByteArray();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }
}
