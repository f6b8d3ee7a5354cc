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
}
