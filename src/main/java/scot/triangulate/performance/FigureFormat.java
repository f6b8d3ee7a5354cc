package scot.triangulate.performance;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A figure as pages show it: thousands grouped with commas, a decimal point, exactly the indicator's number of
 * decimals, rounded half to even. A page lists dozens of figures, so each thread keeps one format per number of
 * decimals rather than building one per figure.
 */
final class FigureFormat {

    private static final int MOST_DECIMALS = 4;
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> {
        DecimalFormat[] formats = new DecimalFormat[MOST_DECIMALS + 1];
        for (int decimals = 0; decimals <= MOST_DECIMALS; decimals++) {
            DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.UK));
            format.setRoundingMode(RoundingMode.HALF_EVEN);
            formats[decimals] = format;
        }
        return formats;
    });

    private FigureFormat() {
    }

    static String format(Number value, int decimals) {
        if (decimals < 0 || decimals > MOST_DECIMALS) {
            throw new IllegalArgumentException("an indicator has 0 to " + MOST_DECIMALS + " decimals, not " + decimals);
        }
        return FORMATS.get()[decimals].format(value);
    }
}
