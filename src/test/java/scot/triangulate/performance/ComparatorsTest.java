package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scotland's figure is Scotland's: a total for a count, the pooled rate for a percentage. */
class ComparatorsTest {

    private static final Period YEAR = Period.parse("2024/25", PeriodType.FINANCIAL_YEAR, null).orElseThrow();

    private static Indicator indicator(String denominator, int factor) {
        return new Indicator("measure", "Measure", "", "Counted", denominator, factor, 0, Polarity.LOWER_IS_BETTER,
                IndicatorCategory.HOW_MUCH, PeriodType.FINANCIAL_YEAR, null, List.of(), "source", "set");
    }

    private static IndicatorValue value(String partnership, int numerator, Integer denominator, double value) {
        return new IndicatorValue(partnership, "measure", YEAR, BigDecimal.valueOf(numerator),
                denominator == null ? null : BigDecimal.valueOf(denominator), BigDecimal.valueOf(value), 1, "someone",
                Instant.EPOCH);
    }

    @Test
    void scotlandsFigureForACountIsTheTotalOfEveryPartnership() {
        Indicator count = indicator(null, 1);
        List<IndicatorValue> all = List.of(value("clackmannanshire", 10, null, 10), value("stirling", 30, null, 30),
                value("falkirk", 50, null, 50));

        Comparators.Figures figures = Comparators.at(count, all, Set.of("clackmannanshire", "stirling"));

        assertThat(figures.scotland()).isEqualTo(90.0);
        // Compared with one area, the family group's figure for a count stays the average per partnership.
        assertThat(figures.familyGroup()).isEqualTo(20.0);
    }

    @Test
    void scotlandsOwnPublishedCountIsUsedWhenImported() {
        Indicator count = indicator(null, 1);
        List<IndicatorValue> all = List.of(value("clackmannanshire", 10, null, 10), value("stirling", 30, null, 30),
                value(IndicatorValues.SCOTLAND, 2500, null, 2500));

        assertThat(Comparators.at(count, all, Set.of()).scotland()).isEqualTo(2500.0);
    }

    @Test
    void scotlandsPercentageIsPooled() {
        Indicator percentage = indicator("Whole", 100);
        List<IndicatorValue> all = List.of(value("clackmannanshire", 1, 10, 10), value("stirling", 9, 10, 90));

        assertThat(Comparators.at(percentage, all, Set.of()).scotland()).isEqualTo(50.0);
    }
}
