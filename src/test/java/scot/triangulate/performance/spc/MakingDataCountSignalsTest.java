package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Expected flags follow the cases in NHSRplotthedots, tests/testthat/test-ptd_calculate_point_type.R
 * (ptd_seven_point_one_side_mean, ptd_seven_point_trend, ptd_two_in_three, ptd_part_of_two_in_three), with every
 * point of a run listed as the brief asks.
 */
class MakingDataCountSignalsTest {

    // Mean 0, mR 1: limits -/+ 2.66, sigma 2.66 / 3 = 0.8867, two sigma 1.7733.
    static final XmrChart.Limits LIMITS = new XmrChart.Limits(0, 1, -2.66, 2.66);

    static List<Integer> indices(List<Signal> signals) {
        return signals.stream().map(Signal::index).toList();
    }

    static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void aShiftIsSevenOrMorePointsOnOneSideOfTheMean() {
        assertThat(MakingDataCountSignals.shifts(new double[] {1, 1, 1, 1, 1, 1, -1}, 0, 7)).isEmpty();
        assertThat(indices(MakingDataCountSignals.shifts(new double[] {1, 1, 1, 1, 1, 1, 1, 1, -1}, 0, 7)))
                .isEqualTo(range(0, 7));
        assertThat(indices(MakingDataCountSignals.shifts(new double[] {-1, -1, -1, -1, -1, -1, -1, -1, 1}, 0, 7)))
                .isEqualTo(range(0, 7));
        assertThat(indices(MakingDataCountSignals.shifts(new double[] {-1, 1, 1, 1, 1, 1, 1, 1, 1, -1}, 0, 7)))
                .isEqualTo(range(1, 8));
    }

    @Test
    void aPointOnTheMeanBreaksAShift() {
        assertThat(MakingDataCountSignals.shifts(new double[] {1, 1, 1, 1, 0, 1, 1, 1, 1}, 0, 7)).isEmpty();
    }

    @Test
    void theShiftLengthCanBeSix() {
        assertThat(indices(MakingDataCountSignals.shifts(new double[] {1, 1, 1, 1, 1, 1, -1}, 0, 6)))
                .isEqualTo(range(0, 5));
    }

    @Test
    void aTrendIsSevenOrMorePointsEachStrictlyAboveOrBelowTheLast() {
        assertThat(MakingDataCountSignals.trends(new double[] {1, 2, 3, 4, 5, 6}, 7)).isEmpty();
        assertThat(MakingDataCountSignals.trends(new double[] {1, 2, 3, 3, 4, 5, 6}, 7)).isEmpty();
        assertThat(indices(MakingDataCountSignals.trends(new double[] {1, 2, 3, 4, 5, 6, 7}, 7))).isEqualTo(range(0, 6));
        assertThat(indices(MakingDataCountSignals.trends(new double[] {2, 1, 2, 3, 4, 5, 6, 7, 3}, 7))).isEqualTo(range(1, 7));
        assertThat(indices(MakingDataCountSignals.trends(new double[] {7, 6, 5, 4, 3, 2, 1}, 7))).isEqualTo(range(0, 6));
        assertThat(indices(MakingDataCountSignals.trends(new double[] {2, 7, 6, 5, 4, 3, 2, 1, 3}, 7))).isEqualTo(range(1, 7));
        assertThat(indices(MakingDataCountSignals.trends(new double[] {1, 2, 3, 4, 5, 6}, 6))).isEqualTo(range(0, 5));
    }

    @Test
    void twoOfThreeFlagsThePointsBeyondTwoSigmaOnTheSameSide() {
        // 2.0 is beyond two sigma (1.7733) but inside the limit (2.66); 0.5 is near the mean.
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {2, 0.5, 2}, LIMITS))).containsExactly(0, 2);
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {0.5, 2, 2}, LIMITS))).containsExactly(1, 2);
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {2, 2, 0.5}, LIMITS))).containsExactly(0, 1);
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {0.5, 0.5, 2, 0.5, 2, 0.5, 0.5}, LIMITS)))
                .containsExactly(2, 4);
        assertThat(MakingDataCountSignals.twoOfThree(new double[] {2, 0.5, 0.5, 2}, LIMITS)).isEmpty();
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {2, 0.5, 0.5, 2, 2}, LIMITS)))
                .containsExactly(3, 4);
        assertThat(indices(MakingDataCountSignals.twoOfThree(new double[] {-2, 0.5, -2}, LIMITS))).containsExactly(0, 2);
        assertThat(MakingDataCountSignals.twoOfThree(new double[] {2, -2, 0.5}, LIMITS)).isEmpty();
    }

    @Test
    void outsideTheLimitsIsStrictlyBeyondThem() {
        assertThat(indices(MakingDataCountSignals.outsideLimits(new double[] {2.66, 2.67, -2.66, -2.67}, LIMITS)))
                .containsExactly(1, 3);
    }

    @Test
    void everyRuleListsItsOwnPoints() {
        // 1..7 rises seven times (TREND 0..6); 1.0 and up are above the mean, seven of them (SHIFT 0..6);
        // 3..7 are beyond the limit 2.66 (OUTSIDE_LIMITS 2..6) and beyond two sigma with 2 (TWO_OF_THREE 1..6).
        List<Signal> signals = MakingDataCountSignals.find(new double[] {1, 2, 3, 4, 5, 6, 7}, LIMITS, 7, 7);

        assertThat(signals).filteredOn(s -> s.rule() == SignalRule.TREND).extracting(Signal::index).isEqualTo(range(0, 6));
        assertThat(signals).filteredOn(s -> s.rule() == SignalRule.SHIFT).extracting(Signal::index).isEqualTo(range(0, 6));
        assertThat(signals).filteredOn(s -> s.rule() == SignalRule.OUTSIDE_LIMITS).extracting(Signal::index)
                .isEqualTo(range(2, 6));
        assertThat(signals).filteredOn(s -> s.rule() == SignalRule.TWO_OF_THREE).extracting(Signal::index)
                .isEqualTo(range(1, 6));
        assertThat(signals).extracting(Signal::index).isSorted();
    }
}
