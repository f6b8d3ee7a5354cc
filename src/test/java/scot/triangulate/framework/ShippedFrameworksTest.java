package scot.triangulate.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The framework files shipped with Triangulate, checked against their source documents. */
class ShippedFrameworksTest {

    private final FrameworkFileReader reader = new FrameworkFileReader();

    private EvaluationScale sixPoint() throws IOException {
        return reader.readScale("six-point.yaml", new ClassPathResource("frameworks/scales/six-point.yaml").getContentAsByteArray());
    }

    private Framework framework(String id) throws IOException {
        return reader.readFramework(id + ".yaml", new ClassPathResource("frameworks/" + id + ".yaml").getContentAsByteArray(),
                Set.of("six-point"));
    }

    @Test
    void sixPointScaleHasTheSixLevelsOfTheReviewOfFindings() throws IOException {
        EvaluationScale scale = sixPoint();
        assertThat(scale.id()).isEqualTo("six-point");
        assertThat(scale.levels()).extracting(EvaluationScale.Level::value).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(scale.levels()).extracting(EvaluationScale.Level::name)
                .containsExactly("Excellent", "Very good", "Good", "Adequate", "Weak", "Unsatisfactory");
        assertThat(scale.level(6).orElseThrow().definition()).containsIgnoringCase("sector leading");
        assertThat(scale.level(4).orElseThrow().definition()).containsIgnoringCase("important strengths");
        assertThat(scale.level(1).orElseThrow().definition()).containsIgnoringCase("major weaknesses");
    }

    @Test
    void qif2018HasSixQuestionsTenKeyAreasAndEveryQualityIndicator() throws IOException {
        Framework qif = framework("qif-2018");
        assertThat(qif.questions()).hasSize(6);
        assertThat(qif.questions().get(5).title()).isEqualTo("What is our capacity for improvement?");
        assertThat(qif.keyAreas()).extracting(Framework.KeyArea::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(qif.indicators()).extracting(Framework.Indicator::code).containsExactly(
                "1.1", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4", "6.5",
                "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10");
        // Every indicator but QI 10 has all five parts; QI 10 has its key factors.
        qif.indicators().stream().filter(i -> !i.code().equals("10")).forEach(i -> {
            assertThat(i.keyFactors()).as(i.code() + " key factors").isNotEmpty();
            assertThat(i.demonstrate()).as(i.code() + " demonstrate").isNotEmpty();
            assertThat(i.possibleEvidence()).as(i.code() + " possible evidence").isNotEmpty();
            assertThat(i.veryGoodIllustrations()).as(i.code() + " very good").isNotEmpty();
            assertThat(i.weakIllustrations()).as(i.code() + " weak").isNotEmpty();
        });
        assertThat(qif.indicator("10").orElseThrow().keyFactors()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void qif2018QuotesItsSource() throws IOException {
        Framework qif = framework("qif-2018");
        Framework.Indicator risk = qif.indicator("5.2").orElseThrow();
        assertThat(risk.title()).isEqualTo("Assessing risk and need");
        assertThat(risk.demonstrate()).anyMatch(t -> t.startsWith("Chronologies are used to identify patterns of significant events"));
        Framework.Indicator children = qif.indicator("2.1").orElseThrow();
        assertThat(children.keyFactorsLead()).startsWith("The extent to which children and young people in need of protection");
        assertThat(children.veryGoodLead()).isEqualTo("Children and young people:");
        assertThat(qif.keyArea("1").orElseThrow().description()).startsWith("This section is about the real difference");
    }

    @Test
    void qif2018CarriesItsOwnGuidanceQuestionsAndFootnotes() throws IOException {
        Framework qif = framework("qif-2018");
        assertThat(qif.guidance()).extracting(Framework.GuidanceSection::heading)
                .containsExactly("1. Introduction", "2. The quality improvement framework", "3. Self-evaluation");
        assertThat(qif.guidanceSection("self-evaluation").orElseThrow().sections()).extracting(Framework.GuidanceSection::heading)
                .containsExactly("The process of self-evaluation", "How good are we now?", "How do we know?", "How good can we be?");
        // Section 3 asks "How good can we be?" where the findings letter asks what the partnership plans to do next.
        assertThat(qif.evaluationQuestions()).containsExactly("How good are we now?", "How do we know?", "How good can we be?");
        assertThat(qif.guidanceSection("how-do-we-know").orElseThrow().texts())
                .anyMatch(t -> t.contains("‘triangulation’")).anyMatch(t -> t.contains("benchmarking"));
        assertThat(qif.notes()).extracting(Framework.Note::label).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(qif.notes().get(2).text()).startsWith("PANEL - Participation, Accountability");
        assertThat(qif.notes().get(5).text()).isEqualTo("Plan, Do, Study, Act");
        assertThat(framework("qif-2012").evaluationQuestions()).isNull();
        assertThat(framework("cib-good-2013").guidance()).isEmpty();
    }

    /**
     * The guidance and notes quote the source: each text, with the source's line breaks, columns and bullets taken
     * out, is found in it. The diagram's labels are the one place text was joined with words of its own (a colon).
     */
    @Test
    void qif2018GuidanceIsQuotedFromTheSeedDocument() throws IOException {
        java.nio.file.Path seed = java.nio.file.Path.of("../shared/seeds/003_1066120153b7f90f.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seed), "the source documents beside the project");
        String source = plain(java.nio.file.Files.readString(seed));
        Framework qif = framework("qif-2018");
        List<String> texts = new java.util.ArrayList<>();
        java.util.ArrayDeque<Framework.GuidanceSection> open = new java.util.ArrayDeque<>(qif.guidance());
        while (!open.isEmpty()) {
            Framework.GuidanceSection section = open.pop();
            texts.addAll(section.texts());
            open.addAll(section.sections());
        }
        qif.notes().forEach(n -> texts.add(n.text()));
        assertThat(texts).hasSizeGreaterThan(30);
        List<String> notFound = texts.stream()
                .filter(t -> !t.startsWith("High level question: ") && !t.startsWith("Key area: ") && !t.startsWith("Quality indicator: "))
                .filter(t -> !source.contains(plain(t)))
                .toList();
        assertThat(notFound).isEmpty();
    }

    /** Text without what extraction adds: bullets, line breaks and hyphens broken at them, footnote numbers. */
    private static String plain(String text) {
        return text.replace("\uf0b7", " ").replace("guides12", "guides")
                .replaceAll("(?m)^\\s*o\\s", " ").replaceAll("\\s+", " ").replace("elf- evaluation", "elf-evaluation").strip();
    }

    @Test
    void qif2018FocusIndicatorsAreThoseThePositionStatementGuidanceNames() throws IOException {
        // Position statement guidance: inspectors focus on 2.1, 2.2, 5.1-5.4, 6.2, 6.4, 8.1, 9.2, and QI 10.
        assertThat(framework("qif-2018").indicators().stream().filter(Framework.Indicator::focus).map(Framework.Indicator::code))
                .containsExactly("2.1", "2.2", "5.1", "5.2", "5.3", "5.4", "6.2", "6.4", "8.1", "9.2", "10");
    }

    @Test
    void qif2018HasTheEightWellbeingIndicatorsOfAppendix1() throws IOException {
        List<Framework.WellbeingIndicator> wellbeing = framework("qif-2018").wellbeingIndicators();
        assertThat(wellbeing).extracting(Framework.WellbeingIndicator::title)
                .containsExactly("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included");
        wellbeing.forEach(w -> {
            assertThat(w.veryGoodIllustrations()).as(w.title()).isNotEmpty();
            assertThat(w.weakIllustrations()).as(w.title()).isNotEmpty();
        });
    }

    @Test
    void qif2012MarksTheNineIndicatorsTheProgrammeEvaluated() throws IOException {
        Framework qif = framework("qif-2012");
        // Review of findings 2012-2017: the nine quality indicators against which partnerships were evaluated.
        assertThat(qif.indicators().stream().filter(Framework.Indicator::focus).map(Framework.Indicator::code))
                .containsExactly("1.1", "2.1", "2.2", "5.1", "5.2", "5.3", "6.2", "6.3", "9.4");
        Map<String, String> titles = qif.indicators().stream()
                .collect(Collectors.toMap(Framework.Indicator::code, Framework.Indicator::title));
        assertThat(titles.get("5.1")).isEqualTo("Providing help and support at an early stage");
        assertThat(titles.get("8.3")).isEqualTo("Securing improvement through self-evaluation");
    }

    @Test
    void cibGoodHasTheFiveViewsOfGoodAndTheOutcomeMeasures() throws IOException {
        Framework good = framework("cib-good-2013");
        assertThat(good.keyAreas()).extracting(Framework.KeyArea::code)
                .containsExactly("political", "corporate", "professional-practice", "regulatory", "outcomes");
        Map<String, Long> perView = good.indicators().stream()
                .collect(Collectors.groupingBy(Framework.Indicator::keyArea, Collectors.counting()));
        assertThat(perView.keySet()).hasSize(5);
        perView.values().forEach(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(good.measureGroups()).isNotEmpty();
        Framework.MeasureGroup safeguarding = good.measureGroups().stream()
                .filter(g -> g.heading().equals("Safeguarding is timely and effective")).findFirst().orElseThrow();
        assertThat(safeguarding.measures()).contains("Rate of CIN per 10,000", "% of children having a second CPP within two years");
    }

    @Test
    void everyShippedFrameworkHasItsSourceNamedInTheNotice() throws IOException {
        String notice = new ClassPathResource("frameworks/NOTICE").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String id : List.of("qif-2018", "qif-2012", "cib-good-2013")) {
            Framework framework = framework(id);
            assertThat(notice).as(id).contains(id + ".yaml").contains(framework.publisher());
        }
        assertThat(notice).contains("six-point.yaml");
    }

    @Test
    void comparing2012With2018FindsRenamedAddedAndRemovedIndicators() throws IOException {
        Map<String, Framework.Indicator> from = framework("qif-2012").indicators().stream()
                .collect(Collectors.toMap(Framework.Indicator::code, Function.identity()));
        Framework to = framework("qif-2018");
        assertThat(from.get("5.1").title()).isNotEqualTo(to.indicator("5.1").orElseThrow().title());
        assertThat(from).doesNotContainKey("6.5");
        assertThat(to.indicator("8.3")).isEmpty();
    }
}
