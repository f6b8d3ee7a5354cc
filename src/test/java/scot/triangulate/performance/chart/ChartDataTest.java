package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SignalRule;

class ChartDataTest {

    private static final List<String> PERIODS = List.of("2021", "2022", "2023");
    private static final List<Double> VALUES = List.of(1.0, 2.0, 3.0);

    @Test
    void acceptsARunChartWithoutLimits() {
        ChartData data = new ChartData("Title", "Run chart", null, 1, PERIODS, VALUES, List.of(2.0, 2.0, 2.0), null,
                null, null, null);

        assertThat(data.unit()).isEmpty();
        assertThat(data.lcl()).hasSize(3).containsOnlyNulls();
        assertThat(data.hasLimits()).isFalse();
        assertThat(data.signals()).isEmpty();
        assertThat(data.comparators()).isEmpty();
    }

    @Test
    void countsEachFlaggedPointOnce() {
        ChartData data = chart(List.of(new Signal(1, SignalRule.SHIFT), new Signal(1, SignalRule.TREND),
                new Signal(2, SignalRule.SHIFT)), List.of());

        assertThat(data.flaggedPoints()).isEqualTo(2);
    }

    @Test
    void rejectsListsOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, List.of("2021"),
                VALUES, null, null, null, null, null)).withMessageContaining("periods");
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, PERIODS, VALUES,
                List.of(1.0), null, null, null, null)).withMessageContaining("centre");
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, PERIODS, VALUES,
                null, Arrays.asList(null, null), null, null, null)).withMessageContaining("lcl");
        assertThatIllegalArgumentException().isThrownBy(() -> chart(List.of(),
                List.of(new ChartData.Comparator("Scotland", List.of(1.0))))).withMessageContaining("Scotland");
    }

    @Test
    void rejectsWhatCannotBeDrawn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, List.of(),
                List.of(), null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, PERIODS,
                List.of(1.0, Double.NaN, 3.0), null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 0, PERIODS, VALUES,
                null, null, Arrays.asList(1.0, Double.POSITIVE_INFINITY, null), null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData(" ", "", "", 0, PERIODS, VALUES,
                null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartData("Title", "", "", 7, PERIODS, VALUES,
                null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> chart(List.of(new Signal(3, SignalRule.SHIFT)),
                List.of()));
    }

    @Test
    void keepsItsOwnCopies() {
        List<Double> values = Arrays.asList(1.0, null, 3.0);
        ChartData.Comparator comparator = new ChartData.Comparator("Scotland", values);
        values.set(1, 2.0);

        assertThat(comparator.values()).containsExactly(1.0, null, 3.0);
    }

    private static ChartData chart(List<Signal> signals, List<ChartData.Comparator> comparators) {
        return new ChartData("Title", "XmR chart", "", 0, PERIODS, VALUES, null, null, null, signals, comparators);
    }
}
