package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class XmrChartTest {

    /*
     * NHSRplotthedots, tests/testthat/test-ptd_spc_standard.R, "it returns expected values": set.seed(123);
     * y <- rnorm(20), with the expected mean and limits in tests/testthat/_snaps/ptd_spc_standard.md (r1, r2, r3).
     * The snapshot prints the first four values; the rest are R's rnorm(20) after set.seed(123), and the mean and
     * limits below, which match the snapshot to its seven significant figures, confirm them.
     */
    static final double[] RNORM_123 = {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499,
        0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
        -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};
    static final double SNAPSHOT = 5e-6;

    static double[] withOutlier() {
        double[] y = RNORM_123.clone();
        y[14] = 10; // data$y[15] <- 10 in R's 1-based indexing
        return y;
    }

    @Test
    void limitsMatchNhsrPlotTheDotsWithoutOutliers() {
        XmrChart.Limits limits = XmrChart.limits(RNORM_123, Baseline.all(20), true); // r1: nothing screened out

        assertThat(limits.mean()).isCloseTo(0.1416238, within(SNAPSHOT));
        assertThat(limits.lcl()).isCloseTo(-3.01138, within(SNAPSHOT));
        assertThat(limits.ucl()).isCloseTo(3.294627, within(SNAPSHOT));
    }

    @Test
    void screeningMovingRangesNarrowsTheLimitsAsNhsrPlotTheDotsDoes() {
        XmrChart.Limits screened = XmrChart.limits(withOutlier(), Baseline.all(20), true); // r2
        XmrChart.Limits unscreened = XmrChart.limits(withOutlier(), Baseline.all(20), false); // r3

        assertThat(screened.mean()).isCloseTo(0.6694159, within(SNAPSHOT));
        assertThat(screened.lcl()).isCloseTo(-2.383666, within(SNAPSHOT));
        assertThat(screened.ucl()).isCloseTo(3.722497, within(SNAPSHOT));
        assertThat(unscreened.mean()).isCloseTo(0.6694159, within(SNAPSHOT));
        assertThat(unscreened.lcl()).isCloseTo(-4.596625, within(SNAPSHOT));
        assertThat(unscreened.ucl()).isCloseTo(5.935457, within(SNAPSHOT));
    }

    @Test
    void theOutlierIsOutsideTheLimitsWhicheverWayTheyAreComputed() {
        for (boolean screen : new boolean[] {true, false}) {
            SpcResult chart = XmrChart.of(withOutlier(), Baseline.all(20), new XmrOptions(screen, 7, 7));

            assertThat(chart.signals()).filteredOn(s -> s.rule() == SignalRule.OUTSIDE_LIMITS)
                    .containsExactly(new Signal(14, SignalRule.OUTSIDE_LIMITS));
            assertThat(chart.centre()).hasSize(20);
            assertThat(chart.ucl()).hasSize(20).allSatisfy(u -> assertThat(u).isCloseTo(screen ? 3.722497 : 5.935457, within(SNAPSHOT)));
        }
    }

    @Test
    void limitsFromABaselineAreFrozenForTheRestOfTheSeries() {
        // Baseline points 0..4: mean (10 + 12 + 11 + 13 + 12) / 5 = 58 / 5 = 11.6; moving ranges 2 1 2 1,
        // average 1.5; limits 11.6 -/+ 2.66 x 1.5 = 11.6 -/+ 3.99 = 7.61 and 15.59. Points 5..7 lie above.
        double[] y = {10, 12, 11, 13, 12, 20, 21, 22};
        SpcResult chart = XmrChart.of(y, new Baseline(0, 4), XmrOptions.DEFAULTS);

        assertThat(chart.centre()).hasSize(8).allSatisfy(c -> assertThat(c).isCloseTo(11.6, within(1e-12)));
        assertThat(chart.lcl()).hasSize(8).allSatisfy(l -> assertThat(l).isCloseTo(7.61, within(1e-12)));
        assertThat(chart.ucl()).hasSize(8).allSatisfy(u -> assertThat(u).isCloseTo(15.59, within(1e-12)));
        assertThat(chart.signals()).filteredOn(s -> s.rule() == SignalRule.OUTSIDE_LIMITS)
                .extracting(Signal::index).containsExactly(5, 6, 7);
    }

    @Test
    void pointsOnOppositeSidesNearTheLimitsAreNotTwoOfThree() {
        // NHSRplotthedots, test-ptd_spc_standard.R, "it only reports special cause for 2of3 points close to limits
        // when they are on the same side of the mean": rep(c(1, -1), 8) with points 15 and 16 (1-based) set to
        // 5.5 and -5.5, expected common cause. By hand: mean 0; 13 moving ranges of 2, then |5.5 - (-1)| = 6.5 and
        // |-5.5 - 5.5| = 11, so mR = 43.5 / 15 = 2.9; limits 0 -/+ 7.714; two sigma 5.1427. Both points are beyond
        // two sigma but on opposite sides, inside the limits; the series alternates, so no runs signal either.
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        y[14] = 5.5;
        y[15] = -5.5;
        SpcResult chart = XmrChart.of(y, Baseline.all(16), XmrOptions.DEFAULTS);

        assertThat(chart.ucl().get(0)).isCloseTo(7.714, within(1e-9));
        assertThat(chart.crossings()).isEqualTo(15);
        assertThat(chart.signals()).isEmpty();
    }
}
