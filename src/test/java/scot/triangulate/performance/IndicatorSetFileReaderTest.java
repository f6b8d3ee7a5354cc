package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSetFileReaderTest {

    private final IndicatorSetFileReader reader = new IndicatorSetFileReader();

    private List<Indicator> read(String yaml) {
        return reader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GOOD = """
            id: test-set
            title: Test
            indicators:
              - code: rate
                name: A rate
                numerator: Things
                denominator: People
                factor: 1000
                decimals: 1
                polarity: LOWER_IS_BETTER
                category: HOW_WELL
                periodType: CENSUS_DATE
                censusDate: "31 July"
                qualityIndicators: ["5.1"]
                source: Somewhere
            """;

    @Test
    void aGoodDefinitionIsRead() {
        Indicator rate = read(GOOD).get(0);
        assertThat(rate.censusDate()).isEqualTo(MonthDay.of(7, 31));
        assertThat(rate.controlChart()).isEqualTo("u");
        assertThat(rate.isProportion()).isFalse();
        assertThat(rate.setId()).isEqualTo("test-set");
    }

    @Test
    void everyProblemIsNamedWithItsPlace() {
        String bad = GOOD.replace("factor: 1000", "factor: 7").replace("censusDate: \"31 July\"", "censusDate: \"Midsummer\"")
                .replace("code: rate", "code: Bad Code");
        assertThatThrownBy(() -> read(bad)).isInstanceOf(InvalidIndicatorSetException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("indicators[0].factor")
                .hasMessageContaining("indicators[0].censusDate")
                .hasMessageContaining("indicators[0].code");
    }

    @Test
    void aRateNeedsADenominatorAndUnknownFieldsAreRefused() {
        assertThatThrownBy(() -> read(GOOD.replace("    denominator: People\n", "")))
                .hasMessageContaining("indicators[0].denominator");
        assertThatThrownBy(() -> read(GOOD.replace("    source: Somewhere\n", "    source: Somewhere\n    colour: red\n")))
                .isInstanceOf(InvalidIndicatorSetException.class).hasMessageContaining("colour");
    }

    @Test
    void theShippedSetsAreValid() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        int count = 0;
        for (var file : resolver.getResources("classpath:performance/indicators/*.yaml")) {
            count += reader.read(file.getFilename(), file.getContentAsByteArray()).size();
        }
        assertThat(count).isGreaterThanOrEqualTo(20);
    }
}
