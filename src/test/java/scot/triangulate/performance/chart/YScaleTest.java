package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YScaleTest {

    @Test
    void coversTheDataWithFourToSixNiceTicks() {
        double[][] ranges = {{0, 1}, {5.99, 14.97}, {-3, 7}, {0.0012, 0.0019}, {1000, 250_000}, {96.5, 99.8},
            {-120, -80}, {0, 0.3}, {42, 42.5}, {1e-6, 3e-6}};
        for (double[] range : ranges) {
            YScale scale = YScale.covering(range[0], range[1], 6);
            double[] ticks = scale.ticks();

            assertThat(ticks.length).as("%s", scale).isBetween(YScale.MIN_TICKS, YScale.MAX_TICKS);
            assertThat(scale.low()).as("%s", scale).isLessThanOrEqualTo(range[0]);
            assertThat(scale.high()).as("%s", scale).isGreaterThan(range[1]);
            double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
            assertThat(mantissa).as("%s", scale).isIn(1.0, 2.0, 2.5, 5.0);
        }
    }

    @Test
    void choosesStepsThePrintedDecimalPlacesCanShow() {
        // 2.5 would print as "3" with no decimals, and 0.5 as "1".
        YScale whole = YScale.covering(0, 9, 0);
        YScale tenths = YScale.covering(0, 0.9, 1);

        assertThat(whole.step()).isEqualTo(2.0);
        assertThat(whole.ticks()).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(tenths.step()).isEqualTo(0.2);
        assertThat(YScale.covering(0, 2, 0).step()).isEqualTo(1.0);
    }

    @Test
    void startsANonNegativeSeriesAtZeroRatherThanBelow() {
        assertThat(YScale.covering(0, 9, 0).low()).isZero();
        assertThat(YScale.covering(0.5, 40, 1).low()).isZero();
        assertThat(YScale.covering(-0.5, 40, 1).low()).isNegative();
    }

    @Test
    void aPercentageAxisStopsAt100() {
        // A P chart whose upper limit reaches 100%: padding and a step of 25 would run the axis to 125.
        assertThat(YScale.covering(0, 100, 1).high()).isGreaterThan(100);
        YScale percentage = YScale.covering(0, 100, 1, 100.0);
        assertThat(percentage.low()).isZero();
        assertThat(percentage.high()).isEqualTo(100.0);
        assertThat(YScale.covering(40, 100, 1, 100.0).high()).isEqualTo(100.0);
        assertThat(YScale.covering(62, 98.5, 1, 100.0).high()).isEqualTo(100.0);
        YScale narrow = YScale.covering(96, 100, 0, 100.0);
        assertThat(narrow.high()).isEqualTo(100.0);
        assertThat(narrow.low()).isBetween(0.0, 96.0);
        assertThat(YScale.covering(100, 100, 1, 100.0).high()).isEqualTo(100.0);
        // Well below the ceiling the axis is as it would be without one.
        assertThat(YScale.covering(10, 30, 1, 100.0)).isEqualTo(YScale.covering(10, 30, 1));
    }

    @Test
    void roundsTicksToTheStep() {
        YScale scale = YScale.covering(0.1, 0.7, 2);

        assertThat(scale.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);
    }

    @Test
    void givesAFlatSeriesTicksEitherSideOfItsValue() {
        assertThat(YScale.covering(5, 5, 0).ticks()).containsExactly(3, 4, 5, 6, 7);
        assertThat(YScale.covering(0, 0, 1).ticks()).containsExactly(-0.2, -0.1, 0.0, 0.1, 0.2);
        assertThat(YScale.covering(100, 100, 0).ticks()).containsExactly(80, 90, 100, 110, 120);
    }

    @Test
    void mapsValuesOntoTheAxis() {
        YScale scale = new YScale(0, 20, 5);

        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(15)).isEqualTo(0.75);
    }
}
