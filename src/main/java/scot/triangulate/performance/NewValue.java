package scot.triangulate.performance;

import java.math.BigDecimal;

/** A figure to record: numerator and denominator (the value follows from them), or only a value. */
public record NewValue(String partnership, String indicatorCode, Period period, BigDecimal numerator,
        BigDecimal denominator, BigDecimal value) {
}
