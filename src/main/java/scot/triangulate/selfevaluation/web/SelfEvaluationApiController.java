package scot.triangulate.selfevaluation.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.selfevaluation.CheckResult;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleRejectedException;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.Evaluation;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

@RestController
class SelfEvaluationApiController {

    private final CycleService cycles;
    private final EvaluationService evaluations;
    private final MessageSource messages;

    SelfEvaluationApiController(CycleService cycles, EvaluationService evaluations, MessageSource messages) {
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    record StartCycle(String title, String frameworkId, LocalDate dueDate, List<String> indicators, PerspectiveKind perspective) {
    }

    record Started(long id) {
    }

    /** A cited item: either just its number ("D012") or {number, point}. */
    record CitedEvidence(String number, String point) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CitedEvidence of(String number) {
            return new CitedEvidence(number, "");
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static CitedEvidence of(@com.fasterxml.jackson.annotation.JsonProperty("number") String number,
                @com.fasterxml.jackson.annotation.JsonProperty("point") String point) {
            return new CitedEvidence(number, point);
        }
    }

    record SaveEvaluation(Integer grade, String strengths, String areasForImprovement, List<CitedEvidence> evidence, Integer version) {
    }

    record TriangulationView(List<String> sourceTypes, List<String> missing, boolean triangulated) {
    }

    record CheckView(String rule, String name, String reason) {
    }

    record CitationView(String number, String point, String title, String sourceType, String status) {
    }

    record PerspectiveView(String perspective, int grade, String rationale) {
    }

    /** An evaluation as the caller may see it: {@code perspectives} leaves out the {@code hiddenGrades} blind grading hides. */
    record EvaluationView(long cycleId, String indicator, String howGoodNow, String howDoWeKnow, String whatNext,
            String strengths, String areasForImprovement, Integer grade, String gradeRationale, int version,
            List<CitationView> evidence, List<PerspectiveView> perspectives, int hiddenGrades, TriangulationView triangulation,
            List<CheckView> checks) {
    }

    @PostMapping("/api/partnerships/{partnership}/cycles")
    ResponseEntity<Started> start(@PathVariable String partnership, @RequestBody StartCycle request,
            Authentication authentication) {
        Cycle cycle = cycles.start(partnership, request.frameworkId(),
                request.title(), request.dueDate(), request.indicators(), request.perspective(), authentication);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(cycle.id()));
    }

    @GetMapping("/api/cycles/{cycle}/evaluations/{code}")
    EvaluationView evaluation(@PathVariable long cycle, @PathVariable String code, Authentication authentication) {
        Cycle c = cycles.get(cycle, authentication);
        return view(evaluations.evaluation(c, code, authentication));
    }

    @PutMapping("/api/cycles/{cycle}/evaluations/{code}")
    EvaluationView save(@PathVariable long cycle, @PathVariable String code, @RequestBody SaveEvaluation request,
            Authentication authentication) {
        Cycle c = cycles.get(cycle, authentication);
        if (request.version() == null) {
            throw new CycleRejectedException("version", "evaluation.version.required");
        }
        List<EvaluationService.CitationRequest> cited = request.evidence() == null ? null
                : request.evidence().stream().map(e -> new EvaluationService.CitationRequest(e.number(), e.point())).toList();
        return view(evaluations.save(c, code, request.grade(), request.strengths(), request.areasForImprovement(), cited,
                request.version(), authentication));
    }

    private EvaluationView view(Evaluation e) {
        return new EvaluationView(e.cycleId(), e.indicatorCode(), e.howGoodNow(), e.howDoWeKnow(), e.whatNext(), e.strengths(),
                e.areasForImprovement(), e.grade(), e.gradeRationale(), e.version(),
                e.citations().stream().map(c -> new CitationView(c.documentNumber(), c.point(), c.title(),
                        c.sourceType() == null ? null : c.sourceType().name(), c.status() == null ? null : c.status().name())).toList(),
                e.perspectiveGrades().stream().map(g -> new PerspectiveView(g.perspective(), g.grade(), g.rationale())).toList(),
                e.hiddenGrades(),
                new TriangulationView(e.triangulation().sourceTypes().stream().map(Enum::name).toList(),
                        e.triangulation().missing().stream().map(Enum::name).toList(), e.triangulation().triangulated()),
                e.checks().stream().map(this::check).toList());
    }

    private CheckView check(CheckResult check) {
        return new CheckView(check.rule(), messages.getMessage(check.nameKey(), null, Locale.UK),
                messages.getMessage(check.reasonKey(), check.arguments().toArray(), Locale.UK));
    }
}
