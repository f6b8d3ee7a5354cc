package scot.triangulate.selfevaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.DocumentNumber;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.ScreenedText;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.framework.SixPointScale;
import scot.triangulate.selfevaluation.checks.ConsistencyRule;
import scot.triangulate.selfevaluation.checks.EvaluationFacts;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

/**
 * Evaluations of the indicators in a cycle: the three questions, cited evidence, independent grades from each
 * perspective and the agreed partnership grade, with triangulation and consistency checks computed.
 */
@Service
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final EvidenceService evidence;
    private final List<ConsistencyRule> rules;
    private final AuditLog audit;
    private final TextScreening screening;
    private final SelfEvaluationPolicy policy;

    EvaluationService(EvaluationRepository evaluations, EvidenceService evidence, List<ConsistencyRule> rules, AuditLog audit,
            TextScreening screening, SelfEvaluationPolicy policy) {
        this.screening = screening;
        this.policy = policy;
        this.evaluations = evaluations;
        this.evidence = evidence;
        this.rules = rules;
        this.audit = audit;
    }

    /** A cited point as given: a document number such as D012 and the point it supports. */
    public record CitationRequest(String number, String point) {
    }

    public record AreaForImprovement(String indicatorCode, String text) {
    }

    /** The evaluation as the acting person may see it: blind grading hides the grades they may not see yet. */
    public Evaluation evaluation(Cycle cycle, String code, Authentication actor) {
        requireView(cycle, actor);
        return view(cycle, row(cycle, code), log(cycle), policy.viewer(cycle, actor));
    }

    /** The evaluation to answer its questions: only those who may change the partnership's work get it. */
    public Evaluation evaluationToAnswer(Cycle cycle, String code, Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        return evaluation(cycle, code, actor);
    }

    /**
     * The whole evaluation, every perspective's grade included: for the partnership's own processing (loading the
     * demo data), never for showing to a person, which {@link #evaluation(Cycle, String, Authentication)} does.
     */
    public Evaluation evaluation(Cycle cycle, String code) {
        return view(cycle, row(cycle, code), log(cycle), null);
    }

    private List<Evaluation> evaluations(Cycle cycle, SelfEvaluationPolicy.Viewer viewer) {
        Map<Integer, EvidenceItem> log = log(cycle);
        return evaluations.forCycle(cycle.id()).stream().map(row -> view(cycle, row, log, viewer)).toList();
    }

    @Transactional
    public Evaluation saveAnswers(Cycle cycle, String code, Answers answers, int version, Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        String by = actor.getName();
        EvaluationRepository.Row before = row(cycle, code);
        checkLength(answers);
        if (!evaluations.saveAnswers(before.id(), answers, version, by)) {
            throw new ConcurrentChangeException("evaluation", code);
        }
        audit.record("evaluation.answers-saved", "evaluation", cycle.id() + "/" + code, cycle.partnership(),
                answersOf(before), answers);
        screenAnswers(cycle, code, answers);
        return evaluation(cycle, code, actor);
    }

    /** The partnership grade, agreed by a lead once the perspectives have graded. */
    @Transactional
    public Evaluation agreeGrade(Cycle cycle, String code, Integer grade, String rationale, int version, Authentication actor) {
        policy.requireLead(actor, cycle.partnership());
        String by = actor.getName();
        EvaluationRepository.Row before = row(cycle, code);
        if (grade != null && SixPointScale.of(grade).isEmpty()) {
            throw new CycleRejectedException("grade", "evaluation.grade.invalid");
        }
        String reason = rationale == null ? "" : rationale.strip();
        if (grade != null && reason.isEmpty()) {
            throw new CycleRejectedException("gradeRationale", "evaluation.rationale.required");
        }
        if (!evaluations.saveGrade(before.id(), grade, reason, version, by)) {
            throw new ConcurrentChangeException("evaluation", code);
        }
        audit.record("evaluation.grade-agreed", "evaluation", cycle.id() + "/" + code, cycle.partnership(),
                gradeOf(before.grade(), before.gradeRationale()), gradeOf(grade, reason));
        return evaluation(cycle, code, actor);
    }

    /**
     * Saves what the API sends in one go: grade, strengths, areas for improvement and cited evidence. Changing the
     * partnership grade is for a lead, as on the page.
     */
    @Transactional
    public Evaluation save(Cycle cycle, String code, Integer grade, String strengths, String areasForImprovement,
            List<CitationRequest> cited, int version, Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        String by = actor.getName();
        EvaluationRepository.Row before = row(cycle, code);
        if (!java.util.Objects.equals(before.grade(), grade)) {
            policy.requireLead(actor, cycle.partnership());
        }
        Answers answers = new Answers(before.howGoodNow(), before.howDoWeKnow(), before.whatNext(),
                strengths == null ? before.strengths() : strengths,
                areasForImprovement == null ? before.areasForImprovement() : areasForImprovement,
                before.contextualChallenges());
        checkLength(answers);
        List<EvaluationRepository.CitationRow> citations = cited == null ? null : resolve(cycle, cited);
        if (grade != null && SixPointScale.of(grade).isEmpty()) {
            throw new CycleRejectedException("grade", "evaluation.grade.invalid");
        }
        if (!evaluations.saveAnswers(before.id(), answers, version, by)) {
            throw new ConcurrentChangeException("evaluation", code);
        }
        evaluations.saveGrade(before.id(), grade, before.gradeRationale(), version + 1, by);
        screenAnswers(cycle, code, answers);
        if (citations != null) {
            evaluations.citations(before.id()).forEach(c -> screening.forget(cycle.partnership(), subject(cycle, code),
                    pointField(c.evidenceNumber())));
            evaluations.replaceCitations(before.id(), citations);
            citations.forEach(c -> screening.screen(place(cycle, code), Map.of(pointField(c.evidenceNumber()), c.point())));
        }
        audit.record("evaluation.saved", "evaluation", cycle.id() + "/" + code, cycle.partnership(),
                Map.of("grade", String.valueOf(before.grade()), "strengths", before.strengths(),
                        "areasForImprovement", before.areasForImprovement()),
                Map.of("grade", String.valueOf(grade), "strengths", answers.strengths(),
                        "areasForImprovement", answers.areasForImprovement(),
                        "evidence", citations == null ? "unchanged" : citations.toString()));
        return evaluation(cycle, code, actor);
    }

    /**
     * The acting person's own grade, given independently before seeing the others': from their agency in an agency
     * cycle, from the leadership role they choose in a role cycle.
     */
    @Transactional
    public void gradeFromPerspective(Cycle cycle, String code, LeadershipRole role, Integer grade, String rationale,
            Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        String by = actor.getName();
        String perspective = cycle.perspective() == PerspectiveKind.ROLE
                ? (role == null ? null : role.name())
                : policy.ownPerspective(cycle, actor).orElse(null);
        EvaluationRepository.Row row = row(cycle, code);
        if (grade == null || SixPointScale.of(grade).isEmpty()) {
            throw new CycleRejectedException("grade", "evaluation.grade.required");
        }
        if (perspective == null || perspective.isBlank()) {
            throw new CycleRejectedException("perspective", "evaluation.perspective.required");
        }
        Optional<PerspectiveGrade> before = evaluations.perspectiveGrades(row.id()).stream()
                .filter(g -> g.perspective().equals(perspective)).findFirst();
        String reason = rationale == null ? "" : rationale.strip();
        evaluations.savePerspectiveGrade(row.id(), perspective, grade, reason, by);
        evaluations.bumpVersion(row.id(), by);
        audit.record("evaluation.perspective-graded", "evaluation", cycle.id() + "/" + code, cycle.partnership(),
                before.map(g -> gradeOf(g.grade(), g.rationale())).orElse(null),
                Map.of("perspective", perspective, "grade", grade, "rationale", reason));
    }

    @Transactional
    public void cite(Cycle cycle, String code, String number, String point, Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        String by = actor.getName();
        EvaluationRepository.Row row = row(cycle, code);
        EvaluationRepository.CitationRow citation = resolve(cycle, List.of(new CitationRequest(number, point))).get(0);
        evaluations.addCitation(row.id(), citation.evidenceNumber(), citation.point());
        evaluations.bumpVersion(row.id(), by);
        screening.screen(place(cycle, code), Map.of(pointField(citation.evidenceNumber()), citation.point()));
        audit.record("evaluation.evidence-cited", "evaluation", cycle.id() + "/" + code, cycle.partnership(), null,
                Map.of("evidence", DocumentNumber.format(citation.evidenceNumber()), "point", citation.point()));
    }

    @Transactional
    public void uncite(Cycle cycle, String code, int number, Authentication actor) {
        policy.requireContributor(actor, cycle.partnership());
        String by = actor.getName();
        EvaluationRepository.Row row = row(cycle, code);
        if (!evaluations.removeCitation(row.id(), number)) {
            throw new NotFoundException("citation", DocumentNumber.format(number));
        }
        evaluations.bumpVersion(row.id(), by);
        screening.forget(cycle.partnership(), subject(cycle, code), pointField(number));
        audit.record("evaluation.evidence-uncited", "evaluation", cycle.id() + "/" + code, cycle.partnership(),
                Map.of("evidence", DocumentNumber.format(number)), null);
    }

    /** The cycle at a glance, as the acting person may see it (blind grading, as on each evaluation). */
    public CycleSummary summary(Cycle cycle, scot.triangulate.framework.Framework framework, Authentication actor) {
        requireView(cycle, actor);
        List<Evaluation> all = evaluations(cycle, policy.viewer(cycle, actor));
        List<CycleSummary.Row> rows = all.stream()
                .map(e -> new CycleSummary.Row(e.indicatorCode(),
                        framework.indicator(e.indicatorCode()).map(scot.triangulate.framework.Framework.Indicator::title).orElse(""), e))
                .toList();
        int graded = (int) all.stream().filter(e -> e.grade() != null).count();
        return new CycleSummary(cycle, rows, graded, all.size());
    }

    /** How far the cycle's evaluations have got: drafted, graded, agreed and triangulated, out of those in scope. */
    public CycleProgress progress(Cycle cycle) {
        return CycleProgress.of(cycle, evaluations(cycle, null));
    }

    /** Every area for improvement written in the cycle's evaluations, with its indicator. */
    public List<AreaForImprovement> areasForImprovement(Cycle cycle) {
        return evaluations.forCycle(cycle.id()).stream()
                .filter(r -> !r.areasForImprovement().isBlank())
                .map(r -> new AreaForImprovement(r.indicatorCode(), r.areasForImprovement()))
                .toList();
    }

    /** What personal-data screening found in the evaluation's answers and cited points. */
    public ScreenedText screened(Cycle cycle, String code) {
        return screening.findings(cycle.partnership(), subject(cycle, code));
    }

    /** The field of a cited point, e.g. "point-D012". */
    public static String pointField(int number) {
        return "point-" + DocumentNumber.format(number);
    }

    private void screenAnswers(Cycle cycle, String code, Answers answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("howGoodNow", answers.howGoodNow());
        fields.put("howDoWeKnow", answers.howDoWeKnow());
        fields.put("whatNext", answers.whatNext());
        fields.put("strengths", answers.strengths());
        fields.put("areasForImprovement", answers.areasForImprovement());
        fields.put("contextualChallenges", answers.contextualChallenges());
        screening.screen(place(cycle, code), fields);
    }

    private static String subject(Cycle cycle, String code) {
        return "evaluation/" + cycle.id() + "/" + code;
    }

    private static TextScreening.Place place(Cycle cycle, String code) {
        return new TextScreening.Place(cycle.partnership(), cycle.id(), "evaluation", subject(cycle, code), code,
                "/partnerships/" + cycle.partnership() + "/cycles/" + cycle.id() + "/evaluations/" + code);
    }

    private List<EvaluationRepository.CitationRow> resolve(Cycle cycle, List<CitationRequest> cited) {
        Map<Integer, EvidenceItem> log = log(cycle);
        Map<Integer, EvaluationRepository.CitationRow> rows = new LinkedHashMap<>();
        for (CitationRequest request : cited) {
            int number = DocumentNumber.parse(request.number())
                    .orElseThrow(() -> new CycleRejectedException("evidence", "evaluation.evidence.number", String.valueOf(request.number())));
            if (!log.containsKey(number)) {
                throw new CycleRejectedException("evidence", "evaluation.evidence.unknown", DocumentNumber.format(number));
            }
            if (log.get(number).status() == EvidenceStatus.HELD) {
                throw new CycleRejectedException("evidence", "evaluation.evidence.held", DocumentNumber.format(number));
            }
            String point = request.point() == null ? "" : request.point().strip();
            if (point.length() > 2000) {
                throw new CycleRejectedException("point", "evaluation.point.long");
            }
            rows.put(number, new EvaluationRepository.CitationRow(number, point));
        }
        return new ArrayList<>(rows.values());
    }

    private void requireView(Cycle cycle, Authentication actor) {
        if (!policy.canView(actor, cycle.partnership())) {
            throw new NotFoundException("cycle", String.valueOf(cycle.id()));
        }
    }

    private EvaluationRepository.Row row(Cycle cycle, String code) {
        return evaluations.find(cycle.id(), code)
                .orElseThrow(() -> new NotFoundException("evaluation", cycle.id() + " " + code));
    }

    private Map<Integer, EvidenceItem> log(Cycle cycle) {
        return evidence.log(cycle.partnership()).stream()
                .collect(Collectors.toMap(EvidenceItem::number, Function.identity()));
    }

    /** The evaluation as a viewer sees it; with no viewer, whole. */
    private Evaluation view(Cycle cycle, EvaluationRepository.Row row, Map<Integer, EvidenceItem> log,
            SelfEvaluationPolicy.Viewer viewer) {
        List<Citation> citations = evaluations.citations(row.id()).stream().map(c -> {
            EvidenceItem item = log.get(c.evidenceNumber());
            return new Citation(c.evidenceNumber(), DocumentNumber.format(c.evidenceNumber()), c.point(),
                    item == null ? null : item.title(), item == null ? null : item.sourceType(),
                    item == null ? null : item.status());
        }).toList();
        Set<SourceType> sources = citations.stream().filter(Citation::resolved).map(Citation::sourceType)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SourceType.class)));
        List<PerspectiveGrade> all = evaluations.perspectiveGrades(row.id());
        List<PerspectiveGrade> grades = viewer == null || viewer.seesEveryGrade(all) ? all : List.of();
        List<String> held = citations.stream().filter(c -> c.status() == EvidenceStatus.HELD)
                .map(Citation::documentNumber).toList();
        List<String> missing = citations.stream().filter(c -> !c.resolved()).map(Citation::documentNumber).toList();
        EvaluationFacts facts = new EvaluationFacts(cycle.partnership(), row.indicatorCode(), row.grade(),
                citations.size(), sources, grades, held, missing);
        List<CheckResult> checks = rules.stream().map(rule -> rule.check(facts)).flatMap(Optional::stream).toList();
        return new Evaluation(row.id(), row.cycleId(), row.indicatorCode(), row.howGoodNow(), row.howDoWeKnow(),
                row.whatNext(), row.strengths(), row.areasForImprovement(), row.contextualChallenges(), row.grade(),
                row.gradeRationale(), row.version(), row.updatedBy(), row.updatedAt(), citations, grades,
                all.size() - grades.size(), Triangulation.of(sources), checks);
    }

    private static void checkLength(Answers answers) {
        for (String text : List.of(answers.howGoodNow(), answers.howDoWeKnow(), answers.whatNext(), answers.strengths(),
                answers.areasForImprovement(), answers.contextualChallenges())) {
            if (text.length() > Answers.MAX_LENGTH) {
                throw new CycleRejectedException("answers", "evaluation.answer.long");
            }
        }
    }

    private static Answers answersOf(EvaluationRepository.Row row) {
        return new Answers(row.howGoodNow(), row.howDoWeKnow(), row.whatNext(), row.strengths(),
                row.areasForImprovement(), row.contextualChallenges());
    }

    private static Map<String, Object> gradeOf(Integer grade, String rationale) {
        return Map.of("grade", String.valueOf(grade), "rationale", rationale == null ? "" : rationale);
    }
}
