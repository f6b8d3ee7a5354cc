package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class ProportionChartTest {

    /*
     * Montgomery, Introduction to Statistical Quality Control (6th ed.), Example 7.1 (orange juice cans): 30
     * samples of 50 cans, 347 nonconforming. Published: p = 347 / 1500 = 0.2313, UCL 0.4102, LCL 0.0524, samples
     * 15 and 23 above the UCL. The same data are qicharts2's tbl_07.03 (tests/testthat/test_montgomery.R,
     * "Example 7.1").
     */
    static final double[] ORANGE_JUICE = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11,
        20, 18, 24, 15, 9, 12, 7, 13, 9, 6};

    static double[] sizes(int n, double size) {
        return Collections.nCopies(n, size).stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void matchesMontgomeryExample71() {
        SpcResult chart = ProportionChart.of(ORANGE_JUICE, sizes(30, 50), Baseline.all(30));

        assertThat(chart.centre()).hasSize(30).allSatisfy(c -> assertThat(c).isCloseTo(0.2313, within(5e-5)));
        assertThat(chart.ucl()).hasSize(30).allSatisfy(u -> assertThat(u).isCloseTo(0.4102, within(5e-5)));
        assertThat(chart.lcl()).hasSize(30).allSatisfy(l -> assertThat(l).isCloseTo(0.0524, within(5e-5)));
        assertThat(chart.signals()).filteredOn(s -> s.rule() == SignalRule.OUTSIDE_LIMITS)
                .extracting(Signal::index).containsExactly(14, 22);
    }

    @Test
    void theLowerLimitIsClippedAtZero() {
        // p = 2 / 40 = 0.05; 3 x sqrt(0.05 x 0.95 / 10) = 3 x 0.068920 = 0.206761: LCL -0.157 -> 0, UCL 0.256761.
        SpcResult chart = ProportionChart.of(new double[] {1, 0, 0, 1}, sizes(4, 10), Baseline.all(4));

        assertThat(chart.lcl()).containsOnly(0.0);
        assertThat(chart.ucl()).allSatisfy(u -> assertThat(u).isCloseTo(0.256761, within(1e-6)));
    }

    @Test
    void theUpperLimitIsClippedAtOne() {
        // p = 36 / 40 = 0.9; 3 x sqrt(0.9 x 0.1 / 10) = 3 x 0.094868 = 0.284605: UCL 1.1846 -> 1, LCL 0.615395.
        SpcResult chart = ProportionChart.of(new double[] {9, 9, 9, 9}, sizes(4, 10), Baseline.all(4));

        assertThat(chart.ucl()).containsOnly(1.0);
        assertThat(chart.lcl()).allSatisfy(l -> assertThat(l).isCloseTo(0.615395, within(1e-6)));
    }

    @Test
    void eachPointHasLimitsForItsOwnDenominator() {
        // p = (10 + 40) / (100 + 400) = 0.1, not the mean of the proportions; sigma for n = 100 is
        // sqrt(0.09 / 100) = 0.03 and for n = 400 is sqrt(0.09 / 400) = 0.015: limits 0.01..0.19 and 0.055..0.145.
        SpcResult chart = ProportionChart.of(new double[] {10, 40}, new double[] {100, 400}, Baseline.all(2));

        assertThat(chart.centre()).allSatisfy(c -> assertThat(c).isCloseTo(0.1, within(1e-12)));
        assertThat(chart.lcl().get(0)).isCloseTo(0.01, within(1e-12));
        assertThat(chart.ucl().get(0)).isCloseTo(0.19, within(1e-12));
        assertThat(chart.lcl().get(1)).isCloseTo(0.055, within(1e-12));
        assertThat(chart.ucl().get(1)).isCloseTo(0.145, within(1e-12));
    }

    @Test
    void aBaselineFreezesTheCentreAndLimits() {
        // Baseline 0..3: p = 4 / 40 = 0.1, UCL 0.1 + 3 x sqrt(0.09 / 10) = 0.1 + 0.284605 = 0.384605, LCL 0.
        // Point 4 (5 / 10 = 0.5) is above it.
        SpcResult chart = ProportionChart.of(new double[] {1, 1, 1, 1, 5}, sizes(5, 10), new Baseline(0, 3));

        assertThat(chart.centre()).hasSize(5).allSatisfy(c -> assertThat(c).isCloseTo(0.1, within(1e-12)));
        assertThat(chart.ucl().get(4)).isCloseTo(0.384605, within(1e-6));
        assertThat(chart.signals()).contains(new Signal(4, SignalRule.OUTSIDE_LIMITS));
    }
}
