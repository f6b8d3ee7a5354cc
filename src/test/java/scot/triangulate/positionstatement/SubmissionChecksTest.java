package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import scot.triangulate.evidence.EvidenceStatus;

/** Each submission check, one rule at a time, against the shipped structure. */
class SubmissionChecksTest {

    private static final StatementTemplate TEMPLATE = new StatementTemplates().get("care-and-protection-2022");
    private static final Predicate<String> INDICATORS = Set.of("1.1", "2.1", "5.2", "6.4", "9.2", "10")::contains;
    private static final Map<String, EvidenceStatus> LOG = Map.of("D009", EvidenceStatus.CLEARED,
            "D020", EvidenceStatus.CLEARED, "D029", EvidenceStatus.HELD, "D030", EvidenceStatus.PROCESSING,
            "D031", EvidenceStatus.FAILED);
    private static final SubmissionChecks.DocumentLog DOCUMENTS = n -> Optional.ofNullable(LOG.get(n));

    static final String ACHIEVEMENTS = """
            ## Key achievements

            - Chronology practice guide [D009]
            - Advocacy at every case conference
            - Reports shared three days before meetings

            ## Priority areas for improvement

            - Analysis of risk in chronologies (QI 5.2)
            - Children's views shaping plans (QI 2.1)

            ## Capacity for improvement

            Informed by QI 10, we are confident.
            """;

    static Map<String, String> complete() {
        Map<String, String> texts = new HashMap<>();
        for (StatementTemplate.SectionTemplate section : TEMPLATE.sections()) {
            texts.put(section.key(), "Some words about " + section.title() + " [D020].");
        }
        texts.put("achievements-and-improvement", ACHIEVEMENTS);
        return texts;
    }

    private static List<Problem> check(Map<String, String> texts) {
        return SubmissionChecks.check(TEMPLATE, texts, WordCount::count, INDICATORS, DOCUMENTS, true);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void aCompleteStatementPasses() {
        assertThat(check(complete())).isEmpty();
    }

    @Test
    void everySectionMustHaveWords() {
        Map<String, String> texts = complete();
        texts.put("involvement", "  ");
        texts.put("leadership", "## \n\n- [D009]");
        texts.remove("context");
        List<Problem> problems = check(texts);
        assertThat(problems).extracting(Problem::code).containsOnly(Problem.SECTION_EMPTY);
        assertThat(problems).extracting(Problem::sectionKey).containsExactly("context", "involvement", "leadership");
    }

    @Test
    void theWholeStatementKeepsToTheWordLimit() {
        Map<String, String> texts = complete();
        int others = texts.entrySet().stream().filter(e -> !e.getKey().equals("data")).mapToInt(e -> WordCount.count(e.getValue())).sum();
        texts.put("data", "word ".repeat(5_000 - others));
        assertThat(check(texts)).isEmpty();
        texts.put("data", "word ".repeat(5_001 - others));
        List<Problem> problems = check(texts);
        assertThat(codes(problems)).containsExactly(Problem.WORD_LIMIT);
        assertThat(problems.get(0).arguments()).containsExactly(5_001, 5_000, 1);
    }

    @Test
    void threeToFiveKeyAchievements() {
        Map<String, String> texts = complete();
        texts.put("achievements-and-improvement", ACHIEVEMENTS.replace("- Reports shared three days before meetings\n", ""));
        List<Problem> problems = check(texts);
        assertThat(codes(problems)).containsExactly(Problem.LIST_COUNT);
        assertThat(problems.get(0).arguments()).containsExactly("Key achievements", 2, 3, 5);
        assertThat(problems.get(0).sectionKey()).isEqualTo("achievements-and-improvement");

        texts.put("achievements-and-improvement", ACHIEVEMENTS.replace("- Advocacy", "- One\n- Two\n- Three\n- Advocacy"));
        assertThat(check(texts)).extracting(p -> p.arguments().get(1)).containsExactly(6);

        texts.put("achievements-and-improvement", ACHIEVEMENTS.replace("## Key achievements", "## Our successes"));
        assertThat(check(texts)).extracting(p -> p.arguments().get(1)).containsExactly(0);
    }

    @Test
    void everyAreaForImprovementNamesAKnownIndicator() {
        Map<String, String> texts = complete();
        texts.put("achievements-and-improvement", ACHIEVEMENTS
                .replace("(QI 2.1)", "")
                .replace("(QI 5.2)", "(QI 5.9)"));
        List<Problem> problems = check(texts);
        assertThat(problems).extracting(Problem::messageKey)
                .containsExactly("ps.problem.listIndicator.unknown", "ps.problem.listIndicator.none");
        assertThat(problems.get(0).arguments()).contains("5.9");

        texts.put("achievements-and-improvement", ACHIEVEMENTS.replace("- Children's views shaping plans (QI 2.1)\n", "")
                .replace("- Analysis of risk in chronologies (QI 5.2)\n", ""));
        assertThat(check(texts)).extracting(Problem::messageKey).containsExactly("ps.problem.listCount.atLeast");
    }

    @Test
    void theLastSectionCommentsOnCapacityForImprovement() {
        Map<String, String> texts = complete();
        String without = ACHIEVEMENTS.replace("## Capacity for improvement\n\nInformed by QI 10, we are confident.\n", "");
        texts.put("achievements-and-improvement", without);
        List<Problem> problems = check(texts);
        assertThat(codes(problems)).containsExactly(Problem.TOPIC_MISSING);
        assertThat(problems.get(0).sectionKey()).isEqualTo("achievements-and-improvement");
        assertThat(problems.get(0).messageKey()).isEqualTo("ps.problem.topicMissing.indicator");
        assertThat(problems.get(0).arguments())
                .containsExactly("3-5 key achievements and areas for improvement", "capacity for improvement", "10");

        // Saying it in words, in any case and across a line break, or naming QI 10 either way, addresses it.
        for (String comment : List.of("Our Capacity for\nimprovement is strong.", "We have the capacity to improve further.",
                "Informed by quality indicator 10, we are confident.", "See QI10.")) {
            texts.put("achievements-and-improvement", without + "\n" + comment + "\n");
            assertThat(check(texts)).as(comment).isEmpty();
        }
        // Another indicator, or the words without "capacity", do not.
        for (String comment : List.of("Informed by QI 1.0 and QI 10.1.", "We are confident we will improve.")) {
            texts.put("achievements-and-improvement", without + "\n" + comment + "\n");
            assertThat(codes(check(texts))).as(comment).containsExactly(Problem.TOPIC_MISSING);
        }
        // An empty section is reported as empty, once.
        texts.put("achievements-and-improvement", "");
        assertThat(codes(check(texts))).containsExactly(Problem.SECTION_EMPTY);
    }

    @Test
    void indicatorsAreNamedAsQiCodes() {
        assertThat(SubmissionChecks.indicatorsNamed("Better planning (QI 6.2) and qi10, also QI5.2")).containsExactly("6.2", "10", "5.2");
        assertThat(SubmissionChecks.indicatorsNamed("Quality indicator 6.2, 5.2")).isEmpty();
    }

    @Test
    void citationsMustBeInTheLogAndCleared() {
        Map<String, String> texts = complete();
        texts.put("data", "Figures [D404] and [D029], [D030] and [D031], fine [D009].");
        List<Problem> problems = check(texts);
        assertThat(problems).extracting(Problem::code).containsExactly(Problem.CITATION_UNKNOWN, Problem.CITATION_NOT_CLEARED,
                Problem.CITATION_NOT_CLEARED, Problem.CITATION_NOT_CLEARED);
        assertThat(problems).extracting(Problem::messageKey).containsExactly("ps.problem.citationUnknown",
                "ps.problem.citationNotCleared.HELD", "ps.problem.citationNotCleared.PROCESSING",
                "ps.problem.citationNotCleared.FAILED");
        assertThat(problems.get(0).documentNumber()).isNull();
        assertThat(problems.get(1).documentNumber()).isEqualTo("D029");
        assertThat(problems).allMatch(p -> p.sectionKey().equals("data"));
    }

    @Test
    void coreDocumentsMustBePresentOrExplained() {
        assertThat(codes(SubmissionChecks.check(TEMPLATE, complete(), WordCount::count, INDICATORS, DOCUMENTS, false)))
                .containsExactly(Problem.CORE_DOCUMENTS);
    }
}
