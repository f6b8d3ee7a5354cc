package scot.triangulate.performance;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded figure: its numerator and denominator where known, its value, and which revision it is. */
public record IndicatorValue(String partnership, String indicatorCode, Period period, BigDecimal numerator,
        BigDecimal denominator, BigDecimal value, int revision, String recordedBy, Instant recordedAt) {

    public boolean revised() {
        return revision > 1;
    }
}
