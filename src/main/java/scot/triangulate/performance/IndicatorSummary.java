package scot.triangulate.performance;

import java.util.List;

/**
 * What an indicator's figures say in brief: the latest figure and the one before, whether the change is for the
 * better, special-cause signals on the latest points (read against polarity), where the latest figure stands
 * against Scotland, the family group and the top-quartile threshold for the same period, and the trend of the latest
 * figures, oldest first.
 */
public record IndicatorSummary(Indicator indicator, IndicatorValue latest, IndicatorValue previous, String chart,
        List<SignalReading> recentSignals, Double scotland, Double familyGroup, Double topQuartile,
        List<IndicatorValue> trend) {

    /** How many of the latest points signals are read from. */
    public static final int RECENT_POINTS = 3;
    /** How many of the latest figures the trend holds: a year of months, three years of quarters. */
    public static final int TREND_POINTS = 12;

    public IndicatorSummary {
        trend = List.copyOf(trend);
    }

    public enum Change {
        UP, DOWN, SAME
    }

    public Change change() {
        if (previous == null) {
            return null;
        }
        int compared = rounded(latest).compareTo(rounded(previous));
        return compared > 0 ? Change.UP : compared < 0 ? Change.DOWN : Change.SAME;
    }

    /** True when the change is in the good direction, false when in the bad, null when neither or no change. */
    public Boolean changeFavourable() {
        Change change = change();
        if (change == null || change == Change.SAME || indicator.polarity() == Polarity.NEITHER) {
            return null;
        }
        return (change == Change.UP ? 1 : -1) == indicator.polarity().goodDirection();
    }

    /** Null when neither direction is better or no threshold could be computed. */
    public Boolean inTopQuartile() {
        if (topQuartile == null || indicator.polarity() == Polarity.NEITHER) {
            return null;
        }
        double value = latest.value().doubleValue();
        return indicator.polarity() == Polarity.HIGHER_IS_BETTER ? value >= topQuartile : value <= topQuartile;
    }

    public List<SignalReading> unfavourableSignals() {
        return recentSignals.stream().filter(SignalReading::unfavourable).toList();
    }

    public List<SignalReading> favourableSignals() {
        return recentSignals.stream().filter(s -> Boolean.TRUE.equals(s.favourable())).toList();
    }

    private java.math.BigDecimal rounded(IndicatorValue value) {
        return value.value().setScale(indicator.decimals(), java.math.RoundingMode.HALF_UP);
    }
}
