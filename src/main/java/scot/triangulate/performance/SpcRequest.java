package scot.triangulate.performance;

import java.util.List;

/**
 * A series to chart, as posted to {@code /api/spc}: which chart, the values (numerators for P, counts for U),
 * the denominators for P and U, an optional baseline and the XmR options. Anything may be missing or wrong;
 * {@link StatisticalProcessControl} says what.
 */
public record SpcRequest(String chart, List<Double> values, List<Double> denominators, Range baseline,
        Options options) {

    /** 0-based indices of the first and last baseline points, both included. */
    public record Range(Integer from, Integer to) {
    }

    public record Options(Boolean screenMovingRanges, Integer shiftLength, Integer trendLength) {
    }
}
