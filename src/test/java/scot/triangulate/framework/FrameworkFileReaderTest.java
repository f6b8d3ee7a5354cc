package scot.triangulate.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameworkFileReaderTest {

    private final FrameworkFileReader reader = new FrameworkFileReader();

    private static final String VALID = """
            id: test-framework
            title: A test framework
            version: "1"
            publisher: Test publisher
            scale: six-point
            questions:
              - code: "1"
                title: How good is our leadership?
            keyAreas:
              - code: "9"
                question: "1"
                title: Leadership and direction
            indicators:
              - code: "9.1"
                keyArea: "9"
                title: Vision, values and aims
                keyFactors: [Promote equality and inclusion.]
              - code: "9.2"
                keyArea: "9"
                title: Leadership of strategy and direction
            """;

    private Framework read(String yaml) {
        return reader.readFramework("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), Set.of("six-point"));
    }

    @Test
    void readsAValidFile() {
        Framework framework = read(VALID);
        assertThat(framework.id()).isEqualTo("test-framework");
        assertThat(framework.indicators()).extracting(Framework.Indicator::code).containsExactly("9.1", "9.2");
        assertThat(framework.indicator("9.1").orElseThrow().keyFactors()).containsExactly("Promote equality and inclusion.");
        assertThat(framework.indicator("9.2").orElseThrow().veryGoodIllustrations()).isEmpty();
    }

    @Test
    void refusesDuplicateIndicatorCodesNamingFileAndPlace() {
        String yaml = VALID.replace("code: \"9.2\"", "code: \"9.1\"");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("indicators[1]")
                .hasMessageContaining("duplicate quality indicator code '9.1'");
    }

    @Test
    void refusesAnIndicatorOutsideAnyKeyArea() {
        String yaml = VALID.replace("keyArea: \"9\"\n    title: Leadership of strategy", "keyArea: \"11\"\n    title: Leadership of strategy");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("indicators[1] (code 9.2): key area '11' is not one of the framework's key areas");
    }

    @Test
    void refusesAKeyAreaUnderAnUnknownQuestion() {
        String yaml = VALID.replace("question: \"1\"", "question: \"7\"");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("keyAreas[0] (code 9): question '7'");
    }

    @Test
    void refusesAnUnknownScale() {
        String yaml = VALID.replace("scale: six-point", "scale: five-point");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("scale: unknown scale 'five-point' (known: six-point)");
    }

    @Test
    void refusesAnUnknownFieldWithItsLine() {
        String yaml = VALID.replace("    title: Vision, values and aims", "    title: Vision, values and aims\n    colour: red");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageMatching("(?s).*line \\d+.*");
    }

    @Test
    void refusesMalformedYamlWithItsLine() {
        assertThatThrownBy(() -> read("id: [unclosed\ntitle: x"))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("test.yaml: line");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> reader.readFramework("empty.yaml", new byte[0], Set.of("six-point")))
                .hasMessageContaining("empty.yaml: the file is empty");
        byte[] big = new byte[FrameworkFileReader.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> reader.readFramework("big.yaml", big, Set.of("six-point")))
                .hasMessageContaining("larger than 2 MB");
    }

    @Test
    void refusesABadIdAndMissingTitle() {
        String yaml = VALID.replace("id: test-framework", "id: ../etc").replace("title: A test framework", "title: \"\"");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining("id: '../etc' must be")
                .hasMessageContaining("title: must not be empty");
    }

    @Test
    void refusesAScaleWithDuplicateValues() {
        String scale = """
                id: two-point
                title: Two points
                levels:
                  - {value: 2, name: Good}
                  - {value: 2, name: Bad}
                """;
        assertThatThrownBy(() -> reader.readScale("two.yaml", scale.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("two.yaml: levels[1]: duplicate value 2");
    }

    private static final String GUIDANCE = """
            evaluationQuestions: ["How good are we now?", "How do we know?", "How good can we be?"]
            guidance:
              - id: self-evaluation
                heading: 3. Self-evaluation
                content:
                  - paragraph: Self-evaluation is central to continuous improvement.
                sections:
                  - id: how-do-we-know
                    heading: How do we know?
                    content:
                      - list:
                          - text: "The key sources of evidence should include:"
                            items: [performance data, direct observation]
                          - Reliable self-evaluation involves benchmarking
            notes:
              - label: "5"
                text: SMART - specific, measurable, achievable, relevant and time bound
                at:
                  - indicator: "9.1"
                    part: keyFactors
                    after: equality
                  - guidance: how-do-we-know
                    after: benchmarking
            """;

    @Test
    void readsGuidanceNotesAndEvaluationQuestions() {
        Framework framework = read(VALID + GUIDANCE);
        assertThat(framework.evaluationQuestions()).containsExactly("How good are we now?", "How do we know?", "How good can we be?");
        Framework.GuidanceSection know = framework.guidanceSection("how-do-we-know").orElseThrow();
        assertThat(know.content().get(0).list()).extracting(Framework.ListItem::text)
                .containsExactly("The key sources of evidence should include:", "Reliable self-evaluation involves benchmarking");
        assertThat(know.content().get(0).list().get(0).items()).containsExactly("performance data", "direct observation");
        assertThat(framework.notes().get(0).at()).extracting(Framework.NotePlace::after).containsExactly("equality", "benchmarking");
        assertThat(read(VALID).evaluationQuestions()).as("no questions declared: the usual three apply").isNull();
        assertThat(read(VALID).guidance()).isEmpty();
    }

    @Test
    void refusesAnyNumberOfEvaluationQuestionsButThree() {
        String four = VALID + GUIDANCE.replace("\"How good can we be?\"]", "\"How good can we be?\", \"What next?\"]");
        assertThatThrownBy(() -> read(four))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("test.yaml: evaluationQuestions: there must be exactly 3")
                .hasMessageContaining("the file gives 4");
        String none = VALID + GUIDANCE.replace("[\"How good are we now?\", \"How do we know?\", \"How good can we be?\"]", "[]");
        assertThatThrownBy(() -> read(none)).hasMessageContaining("the file gives 0");
    }

    @Test
    void refusesANoteWhoseWordsAreNotWhereItSays() {
        String yaml = VALID + GUIDANCE.replace("after: equality", "after: PANEL");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining("test.yaml: notes[0].at[0].after: 'PANEL' does not occur in the keyFactors of quality indicator 9.1");
        assertThatThrownBy(() -> read(VALID + GUIDANCE.replace("indicator: \"9.1\"", "indicator: \"6.2\"")))
                .hasMessageContaining("notes[0].at[0].indicator: '6.2' is not one of the framework's quality indicators");
        assertThatThrownBy(() -> read(VALID + GUIDANCE.replace("part: keyFactors", "part: keyfactors")))
                .hasMessageContaining("notes[0].at[0].part: 'keyfactors' is not one of keyFactors, demonstrate");
        assertThatThrownBy(() -> read(VALID + GUIDANCE.replace("guidance: how-do-we-know", "guidance: triangulation")))
                .hasMessageContaining("notes[0].at[1].guidance: 'triangulation' is not the id of a guidance section");
        assertThatThrownBy(() -> read(VALID + GUIDANCE.replace("part: keyFactors", "part: keyFactors\n        guidance: how-do-we-know")))
                .hasMessageContaining("notes[0].at[0]: name either an indicator (with its part) or a guidance section");
    }

    @Test
    void refusesMalformedGuidanceNamingThePlace() {
        String both = VALID + GUIDANCE.replace("      - paragraph: Self-evaluation is central to continuous improvement.",
                "      - paragraph: Self-evaluation is central to continuous improvement.\n        list: [A point]");
        assertThatThrownBy(() -> read(both)).hasMessageContaining("test.yaml: guidance[0].content[0]: give either a paragraph or a list");
        String duplicate = VALID + GUIDANCE.replace("id: how-do-we-know", "id: self-evaluation");
        assertThatThrownBy(() -> read(duplicate))
                .hasMessageContaining("guidance[0].sections[0].id: duplicate guidance section id 'self-evaluation'");
        String noHeading = VALID + GUIDANCE.replace("heading: How do we know?", "heading: \"\"");
        assertThatThrownBy(() -> read(noHeading)).hasMessageContaining("guidance[0].sections[0].heading: must not be empty");
        String unknownField = VALID + GUIDANCE.replace("heading: 3. Self-evaluation", "heading: 3. Self-evaluation\n    colour: red");
        assertThatThrownBy(() -> read(unknownField)).hasMessageContaining("unknown field 'colour'");
        String badLabel = VALID + GUIDANCE.replace("label: \"5\"", "label: \"<5>\"");
        assertThatThrownBy(() -> read(badLabel)).hasMessageContaining("notes[0].label: '<5>' must be 1 to 8 letters or digits");
    }
}
