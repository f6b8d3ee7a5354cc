package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Microsoft's QUARTILE.INC documentation and R's quantile(type = 7). */
class QuartilesTest {

    // Microsoft Support, "QUARTILE.INC function": =QUARTILE.INC({1,2,4,7,8,9,10,12},1) gives 3.5.
    private static final double[] EXCEL_EXAMPLE = {1, 2, 4, 7, 8, 9, 10, 12};

    @Test
    void lowerQuartileAsExcelComputesIt() {
        assertThat(Quartiles.quantile(EXCEL_EXAMPLE, 0.25)).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void theMedianAndUpperQuartileOfTheSameData() {
        // R: quantile(c(1,2,4,7,8,9,10,12)) gives 0%: 1, 25%: 3.5, 50%: 7.5, 75%: 9.25, 100%: 12.
        assertThat(Quartiles.quantile(EXCEL_EXAMPLE, 0.5)).isCloseTo(7.5, within(1e-12));
        assertThat(Quartiles.quantile(EXCEL_EXAMPLE, 0.75)).isCloseTo(9.25, within(1e-12));
        assertThat(Quartiles.quantile(EXCEL_EXAMPLE, 1)).isEqualTo(12);
    }

    @Test
    void theTopQuartileDependsOnWhichDirectionIsBetter() {
        assertThat(Quartiles.topQuartileThreshold(EXCEL_EXAMPLE, Polarity.HIGHER_IS_BETTER)).isCloseTo(9.25, within(1e-12));
        assertThat(Quartiles.topQuartileThreshold(EXCEL_EXAMPLE, Polarity.LOWER_IS_BETTER)).isCloseTo(3.5, within(1e-12));
        assertThat(Quartiles.topQuartileThreshold(EXCEL_EXAMPLE, Polarity.NEITHER)).isNull();
    }

    @Test
    void unsortedInputIsSortedFirst() {
        assertThat(Quartiles.quantile(new double[] {12, 1, 9, 4, 10, 2, 8, 7}, 0.25)).isCloseTo(3.5, within(1e-12));
    }
}
