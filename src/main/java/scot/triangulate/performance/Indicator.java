package scot.triangulate.performance;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

/**
 * A measure's definition, read from an indicator set file: what is counted, how it is scaled ({@code factor} 100
 * for a percentage, 1,000 or 10,000 for a rate), which direction is good, and which quality indicators it informs.
 * An indicator without a denominator is a plain count.
 */
public record Indicator(String code, String name, String description, String numerator, String denominator,
        int factor, int decimals, Polarity polarity, IndicatorCategory category, PeriodType periodType,
        MonthDay censusDate, List<String> qualityIndicators, String source, String setId) {

    public boolean hasDenominator() {
        return denominator != null && !denominator.isBlank();
    }

    /** A percentage counts part of a whole, so its numerator can never be more than its denominator. */
    public boolean isProportion() {
        return hasDenominator() && factor == 100;
    }

    /**
     * The control chart that suits the data: a P chart for a percentage, a U chart for a rate, an XmR chart for a
     * count or any other single figure.
     */
    public String controlChart() {
        if (isProportion()) {
            return "p";
        }
        return hasDenominator() ? "u" : "xmr";
    }

    /** The value of a numerator over a denominator, scaled by the factor. */
    public BigDecimal value(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null) {
            return numerator;
        }
        return numerator.multiply(BigDecimal.valueOf(factor))
                .divide(denominator, Math.max(decimals, 0) + 6, java.math.RoundingMode.HALF_EVEN);
    }
}
