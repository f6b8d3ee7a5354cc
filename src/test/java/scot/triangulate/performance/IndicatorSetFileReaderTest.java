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

    @Test
    void anAverageInDaysIsReadWithItsUnitAndAnXmrChart() {
        Indicator days = read(GOOD.replace("factor: 1000", "factor: 1\n    unit: days")).get(0);
        assertThat(days.unit()).isEqualTo("days");
        assertThat(days.unitKey()).isEqualTo("indicator.unit.days");
        assertThat(days.controlChart()).isEqualTo("xmr");
        assertThat(read(GOOD).get(0).unitKey()).isEqualTo("indicator.unit.1000");
        assertThatThrownBy(() -> read(GOOD.replace("factor: 1000", "factor: 100\n    unit: days")))
                .hasMessageContaining("indicators[0].unit");
        assertThatThrownBy(() -> read(GOOD.replace("factor: 1000", "factor: 1\n    unit: furlongs")))
                .hasMessageContaining("indicators[0].unit");
    }

    /** "What does good look like?", the outcomes view of good: every measure the paper lists, in its order. */
    @Test
    void everyOutcomeMeasureOfWhatGoodLooksLikeIsDefined() throws Exception {
        var file = new org.springframework.core.io.ClassPathResource(
                "performance/indicators/what-good-looks-like-outcome-measures.yaml");
        List<Indicator> measures = reader.read(file.getFilename(), file.getContentAsByteArray());
        // The paper's 32 measures; teenage pregnancies as a number and a percentage, SEN attainment at KS2 and GCSE.
        assertThat(measures).extracting(Indicator::code).containsExactly("foundation-stage-78-points", "neet-16-18",
                "first-time-entrants", "sen-statements", "sen-without-statements", "sen-school-action",
                "sen-school-action-plus", "sen-attainment-ks2", "sen-attainment-gcse", "reception-overweight-or-obese",
                "year-6-overweight-or-obese", "sti-incidence", "chronic-conditions-smoking-alcohol-drugs",
                "teenage-pregnancies", "teenage-pregnancies-percentage", "initial-assessments-10-days",
                "cpp-two-years-or-more", "second-cpp-within-two-years", "icpc-within-15-days", "children-in-need-rate",
                "initial-assessments-rate", "injury-admissions", "children-domestic-violence",
                "missing-not-found-24-hours", "looked-after-rate-10000", "long-term-placement-stability",
                "adopted-placed-within-12-months", "days-care-to-adoptive-family", "adoption-within-21-months",
                "days-authority-to-match", "three-or-more-placements", "placed-over-20-miles",
                "care-leavers-suitable-accommodation", "care-leavers-eet");
        assertThat(measures).allSatisfy(m -> {
            assertThat(m.description()).isNotBlank();
            assertThat(m.polarity()).isNotNull();
            assertThat(m.hasDenominator() || m.factor() == 1).as(m.code()).isTrue();
        });
        Indicator teenagePercentage = measures.stream().filter(m -> m.code().equals("teenage-pregnancies-percentage"))
                .findFirst().orElseThrow();
        assertThat(teenagePercentage.isProportion()).isTrue();
        assertThat(measures.stream().filter(m -> m.code().startsWith("days-"))).allSatisfy(m -> {
            assertThat(m.unit()).isEqualTo("days");
            assertThat(m.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        });
        Indicator icpc = measures.stream().filter(m -> m.code().equals("icpc-within-15-days")).findFirst().orElseThrow();
        assertThat(icpc.name()).contains("within 15 days of the start of the section 47 enquiry");
        assertThat(icpc.description()).contains("within 15 days of the start of the section 47 enquiry")
                .doesNotContain("strategy discussion");
    }
}
