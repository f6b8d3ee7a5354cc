package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Figures as pages show them: grouped thousands, the indicator's decimals, halves rounded to the even digit. */
class IndicatorDisplayTest {

    private static Indicator withDecimals(int decimals) {
        return new Indicator("measure", "Measure", "", "Counted", "Children", 1000, decimals, Polarity.LOWER_IS_BETTER,
                IndicatorCategory.HOW_MUCH, PeriodType.FINANCIAL_YEAR, null, List.of(), "source", "set");
    }

    @ParameterizedTest(name = "{0} with {1} decimals -> {2}")
    @CsvSource(delimiter = '|', value = {
        "2681|0|2,681",
        "1234567.891|2|1,234,567.89",
        "3.4|1|3.4",
        "3|1|3.0",
        "0.05|0|0",
        "2.25|1|2.2",
        "2.35|1|2.4",
        "0.125|2|0.12",
        "999.96|1|1,000.0",
        "12.3456|4|12.3456",
    })
    void showsTheIndicatorsDecimals(String value, int decimals, String shown) {
        assertThat(withDecimals(decimals).display(new BigDecimal(value))).isEqualTo(shown);
    }

    @Test
    void doublesAreRoundedFromTheirExactValue() {
        // 2.675 is stored as 2.67499999..., so it rounds down, as a spreadsheet's full-precision figure would.
        assertThat(withDecimals(2).display(2.675)).isEqualTo("2.67");
        assertThat(withDecimals(1).display(0.5 + 0.25)).isEqualTo("0.8");
    }

    @Test
    void noFigureShowsNothing() {
        assertThat(withDecimals(1).display(null)).isEmpty();
    }

    @Test
    void decimalsOutsideTheFilesRangeAreRefused() {
        assertThatThrownBy(() -> FigureFormat.format(1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureFormat.format(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
