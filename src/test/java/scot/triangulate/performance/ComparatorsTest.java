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

        Comparators.Figures figures = Comparators.at(count, all, Set.of("clackmannanshire", "stirling"), "clackmannanshire");

        assertThat(figures.scotland()).isEqualTo(90.0);
        // Compared with one area, the family group's figure for a count stays the average per partnership.
        assertThat(figures.familyGroup()).isEqualTo(20.0);
    }

    @Test
    void scotlandsOwnPublishedCountIsUsedWhenImported() {
        Indicator count = indicator(null, 1);
        List<IndicatorValue> all = List.of(value("clackmannanshire", 10, null, 10), value("stirling", 30, null, 30),
                value(IndicatorValues.SCOTLAND, 2500, null, 2500));

        assertThat(Comparators.at(count, all, Set.of(), "clackmannanshire").scotland()).isEqualTo(2500.0);
    }

    @Test
    void scotlandsPercentageIsPooled() {
        Indicator percentage = indicator("Whole", 100);
        List<IndicatorValue> all = List.of(value("clackmannanshire", 1, 10, 10), value("stirling", 9, 10, 90));

        assertThat(Comparators.at(percentage, all, Set.of(), "clackmannanshire").scotland()).isEqualTo(50.0);
    }

    @Test
    void withNoOtherPartnershipsFigureThereIsNoComparatorRatherThanOurOwn() {
        Indicator percentage = indicator("Whole", 100);
        List<IndicatorValue> ours = List.of(value("clackmannanshire", 3, 20, 15));
        Comparators.Figures alone = Comparators.at(percentage, ours, Set.of("clackmannanshire", "stirling"), "clackmannanshire");
        assertThat(alone.scotland()).isNull();
        assertThat(alone.familyGroup()).isNull();
        assertThat(alone.topQuartile()).isNull();

        // Another area outside the family group makes a Scotland figure, but still no family group one.
        List<IndicatorValue> withFalkirk = List.of(value("clackmannanshire", 3, 20, 15), value("falkirk", 1, 20, 5));
        Comparators.Figures scotlandOnly = Comparators.at(percentage, withFalkirk, Set.of("clackmannanshire", "stirling"),
                "clackmannanshire");
        assertThat(scotlandOnly.scotland()).isEqualTo(10.0);
        assertThat(scotlandOnly.familyGroup()).isNull();

        // Scotland's own published figure is a comparator whoever else has shared.
        List<IndicatorValue> published = List.of(value("clackmannanshire", 3, 20, 15), value(IndicatorValues.SCOTLAND, 0, null, 12));
        assertThat(Comparators.at(percentage, published, Set.of(), "clackmannanshire").scotland()).isEqualTo(12.0);
    }
}
