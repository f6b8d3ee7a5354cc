package scot.triangulate.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.framework.IndicatorFinding;
import scot.triangulate.framework.IndicatorFindings;
import scot.triangulate.selfevaluation.checks.ConsistencyRule;
import scot.triangulate.selfevaluation.checks.EvaluationFacts;

/** The consistency rules and triangulation, each against the case that should and should not flag. */
class ConsistencyRulesTest {

    private final List<ConsistencyRule> rules;
    /** What the sources of findings say about QI 5.2, set by each test that needs it; nothing by default. */
    private List<IndicatorFinding> findings = List.of();

    ConsistencyRulesTest() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            IndicatorFindings source = (partnership, code) ->
                    partnership.equals("clackmannanshire") && code.equals("5.2") ? findings : List.of();
            context.registerBean(IndicatorFindings.class, () -> source);
            context.scan("scot.triangulate.selfevaluation.checks");
            context.refresh();
            rules = List.copyOf(context.getBeansOfType(ConsistencyRule.class).values());
        }
    }

    private static IndicatorFinding timeliness(IndicatorFinding.Direction direction) {
        return new IndicatorFinding("PERFORMANCE_DATA", direction, "Planning meetings within 28 days", "60.0%", "2026-10",
                List.of("Shift"), List.of("2026-09", "2026-10"), "/partnerships/clackmannanshire/performance/indicators/x");
    }

    @Test
    void goodOrBetterAgainstAFindingAgainstItIsFlaggedWithItsNumbers() {
        findings = List.of(timeliness(IndicatorFinding.Direction.NEITHER), timeliness(IndicatorFinding.Direction.UNFAVOURABLE));
        EvaluationFacts good = new EvaluationFacts("clackmannanshire", "5.2", 4, 1, EnumSet.of(SourceType.PERFORMANCE_DATA), List.of(),
                List.of(), List.of());
        CheckResult result = rules.stream().map(r -> r.check(good)).flatMap(Optional::stream)
                .filter(c -> c.rule().equals("GOOD_GRADE_AGAINST_UNFAVOURABLE_SIGNAL")).findFirst().orElseThrow();
        assertThat(result.arguments()).containsExactly("Planning meetings within 28 days", "60.0%", "2026-10", "Shift",
                "2026-09, 2026-10");
        assertThat(broken(3, 1, EnumSet.of(SourceType.PERFORMANCE_DATA), List.of()))
                .doesNotContain("GOOD_GRADE_AGAINST_UNFAVOURABLE_SIGNAL");
    }

    @Test
    void aFindingInTheBetterDirectionIsNoReasonToDoubtAGoodGrade() {
        findings = List.of(timeliness(IndicatorFinding.Direction.FAVOURABLE), timeliness(IndicatorFinding.Direction.NEITHER));
        assertThat(broken(5, 1, EnumSet.of(SourceType.PERFORMANCE_DATA), List.of()))
                .doesNotContain("GOOD_GRADE_AGAINST_UNFAVOURABLE_SIGNAL");
    }

    private static PerspectiveGrade grade(String perspective, int grade) {
        return new PerspectiveGrade(perspective, grade, "", "someone", OffsetDateTime.now());
    }

    private List<String> broken(Integer grade, int cited, Set<SourceType> sources, List<PerspectiveGrade> perspectives) {
        EvaluationFacts facts = new EvaluationFacts("clackmannanshire", "5.2", grade, cited, sources, perspectives, List.of(), List.of());
        return rules.stream().map(r -> r.check(facts)).flatMap(Optional::stream).map(CheckResult::rule).sorted().toList();
    }

    @Test
    void aGradeWithNoEvidenceIsFlagged() {
        assertThat(broken(4, 0, Set.of(), List.of())).contains("GRADE_WITHOUT_EVIDENCE");
        assertThat(broken(4, 1, Set.of(SourceType.DOCUMENTS), List.of())).doesNotContain("GRADE_WITHOUT_EVIDENCE");
        assertThat(broken(null, 0, Set.of(), List.of())).isEmpty();
    }

    @Test
    void veryGoodOrExcellentNeedsPerformanceData() {
        assertThat(broken(5, 2, EnumSet.of(SourceType.DOCUMENTS, SourceType.STAKEHOLDER_VIEWS), List.of()))
                .contains("HIGH_GRADE_WITHOUT_PERFORMANCE_DATA");
        assertThat(broken(6, 1, EnumSet.of(SourceType.PERFORMANCE_DATA), List.of())).doesNotContain("HIGH_GRADE_WITHOUT_PERFORMANCE_DATA");
        assertThat(broken(4, 1, EnumSet.of(SourceType.DOCUMENTS), List.of())).doesNotContain("HIGH_GRADE_WITHOUT_PERFORMANCE_DATA");
    }

    @Test
    void aPartnershipGradeTwoLevelsFromEveryAgencyIsFlagged() {
        Set<SourceType> data = EnumSet.of(SourceType.PERFORMANCE_DATA);
        assertThat(broken(5, 1, data, List.of(grade("NHS_BOARD", 3), grade("POLICE_SCOTLAND", 3))))
                .contains("PARTNERSHIP_GRADE_APART");
        // One agency within a level is enough to make the partnership grade defensible.
        assertThat(broken(5, 1, data, List.of(grade("NHS_BOARD", 3), grade("POLICE_SCOTLAND", 4))))
                .doesNotContain("PARTNERSHIP_GRADE_APART");
    }

    @Test
    void perspectivesTwoLevelsApartAreCalledOut() {
        assertThat(broken(null, 0, Set.of(), List.of(grade("LEAD_MEMBER", 5), grade("CHIEF_EXECUTIVE", 3))))
                .containsExactly("PERSPECTIVES_DISAGREE");
        assertThat(broken(null, 0, Set.of(), List.of(grade("LEAD_MEMBER", 5), grade("CHIEF_EXECUTIVE", 4)))).isEmpty();
    }

    @Test
    void triangulationNeedsThreeOfTheFourSources() {
        Triangulation two = Triangulation.of(EnumSet.of(SourceType.DOCUMENTS, SourceType.STAKEHOLDER_VIEWS));
        assertThat(two.triangulated()).isFalse();
        assertThat(two.missing()).containsExactly(SourceType.PERFORMANCE_DATA, SourceType.OBSERVATION_AND_AUDIT);
        Triangulation three = Triangulation.of(EnumSet.of(SourceType.DOCUMENTS, SourceType.STAKEHOLDER_VIEWS, SourceType.PERFORMANCE_DATA));
        assertThat(three.triangulated()).isTrue();
        assertThat(three.missing()).containsExactly(SourceType.OBSERVATION_AND_AUDIT);
        assertThat(Triangulation.of(Set.of()).triangulated()).isFalse();
    }
}
