package scot.triangulate.performance;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

/**
 * A measure's definition, read from an indicator set file: what is counted, how it is scaled ({@code factor} 100
 * for a percentage, 1,000 or 10,000 for a rate), which direction is good, and which quality indicators it informs.
 * An indicator without a denominator is a plain count. An indicator with a {@code unit} (such as days) and factor 1
 * is an average: the numerator's total over the denominator, such as days waited over children adopted.
 */
public record Indicator(String code, String name, String description, String numerator, String denominator,
        int factor, int decimals, Polarity polarity, IndicatorCategory category, PeriodType periodType,
        MonthDay censusDate, List<String> qualityIndicators, String source, String setId, String unit) {

    /** An indicator whose unit follows from its factor: a count, a percentage or a rate. */
    public Indicator(String code, String name, String description, String numerator, String denominator, int factor,
            int decimals, Polarity polarity, IndicatorCategory category, PeriodType periodType, MonthDay censusDate,
            List<String> qualityIndicators, String source, String setId) {
        this(code, name, description, numerator, denominator, factor, decimals, polarity, category, periodType,
                censusDate, qualityIndicators, source, setId, null);
    }

    /** The message of the unit its figures are in: "%", " per 10,000", " days", or nothing for a count. */
    public String unitKey() {
        return "indicator.unit." + (unit != null ? unit : String.valueOf(factor));
    }

    /** A figure of this indicator as pages show it, such as {@code 1,234.5}; empty for no figure. */
    public String display(Number value) {
        return value == null ? "" : FigureFormat.format(value, decimals);
    }

    /** How this indicator's periods are written. */
    public PeriodGuide periodGuide() {
        return new PeriodGuide(periodType, censusDate);
    }

    public boolean hasDenominator() {
        return denominator != null && !denominator.isBlank();
    }

    /** A percentage counts part of a whole, so its numerator can never be more than its denominator. */
    public boolean isProportion() {
        return hasDenominator() && factor == 100;
    }

    /**
     * The control chart that suits the data: a P chart for a percentage, a U chart for a rate, an XmR chart for a
     * count, an average or any other single figure.
     */
    public String controlChart() {
        if (unit != null) {
            return "xmr";
        }
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
