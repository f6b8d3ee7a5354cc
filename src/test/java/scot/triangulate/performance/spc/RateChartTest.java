package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateChartTest {

    /*
     * Dyed cloth: nonconformities on ten rolls, exposure in inspection units of 50 square metres. Montgomery,
     * Introduction to Statistical Quality Control (2nd ed., 1991), pp. 183-184, packaged as the qcc R package's
     * `dyedcloth` data set. Expected values by hand: u = 153 / 107.5 = 1.4232558; for n = 10,
     * 3 x sqrt(1.4232558 / 10) = 3 x 0.3772606 = 1.1317819, limits 0.2914739 and 2.5550377; for n = 8,
     * 3 x sqrt(0.1779070) = 3 x 0.4217902 = 1.2653706, limits 0.1578852 and 2.6886264; for n = 13,
     * 3 x sqrt(0.1094812) = 3 x 0.3308795 = 0.9926384, limits 0.4306174 and 2.4158942. (Montgomery rounds u to
     * 1.42 first and prints 0.29 / 2.55 for n = 10.)
     */
    static final double[] DEFECTS = {14, 12, 20, 11, 7, 10, 21, 16, 19, 23};
    static final double[] UNITS = {10, 8, 13, 10, 9.5, 10, 12, 10.5, 12, 12.5};

    @Test
    void matchesTheDyedClothExample() {
        SpcResult chart = RateChart.of(DEFECTS, UNITS, Baseline.all(10));

        assertThat(chart.centre()).hasSize(10).allSatisfy(c -> assertThat(c).isCloseTo(1.4232558, within(1e-7)));
        assertThat(chart.lcl().get(0)).isCloseTo(0.2914739, within(1e-7));
        assertThat(chart.ucl().get(0)).isCloseTo(2.5550377, within(1e-7));
        assertThat(chart.lcl().get(1)).isCloseTo(0.1578852, within(1e-7));
        assertThat(chart.ucl().get(1)).isCloseTo(2.6886264, within(1e-7));
        assertThat(chart.lcl().get(2)).isCloseTo(0.4306174, within(1e-7));
        assertThat(chart.ucl().get(2)).isCloseTo(2.4158942, within(1e-7));
        assertThat(chart.signals()).noneMatch(s -> s.rule() == SignalRule.OUTSIDE_LIMITS);
    }

    @Test
    void theLowerLimitIsFlooredAtZero() {
        // u = 1 / 2 = 0.5; 3 x sqrt(0.5 / 1) = 2.1213203: LCL -1.62 -> 0, UCL 2.6213203, with no ceiling.
        SpcResult chart = RateChart.of(new double[] {0, 1}, new double[] {1, 1}, Baseline.all(2));

        assertThat(chart.lcl()).containsOnly(0.0);
        assertThat(chart.ucl()).allSatisfy(u -> assertThat(u).isCloseTo(2.6213203, within(1e-7)));
    }

    @Test
    void aBaselineFreezesTheRate() {
        // Baseline 0..1: u = (2 + 4) / (2 + 4) = 1; point 2 (30 / 5 = 6) is above 1 + 3 x sqrt(1 / 5) = 2.3416408.
        SpcResult chart = RateChart.of(new double[] {2, 4, 30}, new double[] {2, 4, 5}, new Baseline(0, 1));

        assertThat(chart.centre()).containsOnly(1.0);
        assertThat(chart.ucl().get(2)).isCloseTo(2.3416408, within(1e-7));
        assertThat(chart.signals()).contains(new Signal(2, SignalRule.OUTSIDE_LIMITS));
    }
}
