package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodAxisTest {

    @Test
    void labelsEveryPointWhenThereIsRoom() {
        assertThat(PeriodAxis.labelledPoints(6, 100, 60)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(PeriodAxis.labelledPoints(1, 0, 60)).containsExactly(0);
    }

    @Test
    void thinsTheLabelsEvenly() {
        // Points 27 apart and labels 60 wide: every third point, and 18 is both on the stride and the last.
        assertThat(PeriodAxis.labelledPoints(19, 27, 60)).containsExactly(0, 3, 6, 9, 12, 15, 18);
    }

    @Test
    void dropsTheLabelTooCloseToTheLast() {
        // 21 is on the stride but only 2 × 27 = 54 before the last point, less than a label's width.
        assertThat(PeriodAxis.labelledPoints(24, 27, 60)).containsExactly(0, 3, 6, 9, 12, 15, 18, 23);
    }

    @Test
    void neverPrintsMoreThanTwelveAndAlwaysTheFirstAndLast() {
        for (int n = 2; n <= 1000; n++) {
            assertThat(PeriodAxis.labelledPoints(n, 640.0 / (n - 1), 20)).as("%d points", n)
                    .hasSizeLessThanOrEqualTo(PeriodAxis.MAX_LABELS).startsWith(0).endsWith(n - 1);
        }
    }
}
