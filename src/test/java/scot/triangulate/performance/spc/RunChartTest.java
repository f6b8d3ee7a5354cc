package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunChartTest {

    @Test
    void theCentreLineIsTheMedian() {
        // Sorted: 1 2 3 5 8 9, median (3 + 5) / 2 = 4.
        SpcResult chart = RunChart.of(new double[] {5, 3, 8, 1, 9, 2}, Baseline.all(6));

        assertThat(chart.centre()).containsOnly(4.0).hasSize(6);
        assertThat(chart.lcl()).hasSize(6).containsOnlyNulls();
        assertThat(chart.ucl()).hasSize(6).containsOnlyNulls();
    }

    @Test
    void aBaselineMedianIsFrozenForTheRestOfTheSeries() {
        // Baseline points 0..2 are 5 3 8, median 5; point 0 lies on it and is not useful, leaving n = 5:
        // sides (3<5) - (8) + (1) - (9) + (2) -, so 4 crossings, longest run 1.
        SpcResult chart = RunChart.of(new double[] {5, 3, 8, 1, 9, 2}, new Baseline(0, 2));

        assertThat(chart.centre()).containsOnly(5.0).hasSize(6);
        assertThat(chart.crossings()).isEqualTo(4);
        assertThat(chart.longestRun()).isEqualTo(1);
        // n = 5: round(log2(5)) + 3 = round(2.32) + 3 = 5; qbinom(0.05, 4, 0.5) = 0 (P(C <= 0) = 1/16 = 0.0625 >= 0.05).
        assertThat(chart.longestRunLimit()).isEqualTo(5);
        assertThat(chart.crossingsLimit()).isZero();
        assertThat(chart.signals()).isEmpty();
    }

    @Test
    void aRisingSeriesCrossesItsMedianOnlyOnce() {
        // 1..12: median 6.5, six below then six above. n = 12: longest run 6 is within round(log2(12)) + 3 = 7,
        // but 1 crossing is fewer than qbinom(0.05, 11, 0.5) = 3 (Anhøj & Olesen 2014, Table 1: n = 12 -> 3).
        double[] y = IntStream.rangeClosed(1, 12).asDoubleStream().toArray();
        SpcResult chart = RunChart.of(y, Baseline.all(12));

        assertThat(chart.centre()).containsOnly(6.5);
        assertThat(chart.longestRun()).isEqualTo(6);
        assertThat(chart.longestRunLimit()).isEqualTo(7);
        assertThat(chart.crossings()).isEqualTo(1);
        assertThat(chart.crossingsLimit()).isEqualTo(3);
        assertThat(chart.signals()).hasSize(12).extracting(Signal::rule).containsOnly(SignalRule.FEW_CROSSINGS);
    }
}
