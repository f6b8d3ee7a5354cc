package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartWordsTest {

    @Test
    void readsTheEnglishWordsFromTheMessageBundle() {
        ChartWords words = Charts.english();

        assertThat(words.value()).isEqualTo("Value");
        assertThat(words.centreLine()).isEqualTo("Centre line");
        assertThat(words.controlLimits()).isEqualTo("Control limits");
        assertThat(words.specialCause()).isEqualTo("Special cause");
        assertThat(words.axes()).contains("{0}");
        assertThat(words.description()).contains("{0}", "{5");
    }

    @Test
    void failsOnAMissingWord() {
        Map<String, String> partial = Map.of("chart.legend.value", "Value");

        assertThatIllegalArgumentException().isThrownBy(() -> ChartWords.from(partial::get))
                .withMessageContaining("chart.legend.centre-line");
    }
}
