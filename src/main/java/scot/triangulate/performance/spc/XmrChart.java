package scot.triangulate.performance.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The XmR (individuals) chart of NHS "Making Data Count": mean centre line, natural process limits at
 * mean &plusmn; 2.66 &times; average moving range, both computed from the baseline and frozen after it.
 */
public final class XmrChart {

    /** 3 / d2 for moving ranges of two points (d2 = 1.128). */
    static final double LIMIT_FACTOR = 2.66;
    /** D4 for moving ranges of two points: the upper range limit used to screen out unusual moving ranges. */
    static final double MOVING_RANGE_SCREEN = 3.267;

    private XmrChart() {
    }

    /** The mean, average moving range (after any screening) and limits from the baseline's points. */
    public record Limits(double mean, double averageMovingRange, double lcl, double ucl) {

        /** One sigma as the XmR chart estimates it: (2.66 &times; mR&#772;) / 3. */
        public double sigma() {
            return (ucl - mean) / 3;
        }
    }

    public static Limits limits(double[] values, Baseline baseline, boolean screenMovingRanges) {
        Series.requireFinite(values, "values");
        baseline.checkWithin(values.length);
        if (baseline.size() < 2) {
            throw new IllegalArgumentException("an XmR baseline needs at least 2 points");
        }
        double sum = 0;
        for (int i = baseline.from(); i <= baseline.to(); i++) {
            sum += values[i];
        }
        double mean = sum / baseline.size();
        List<Double> movingRanges = new ArrayList<>();
        for (int i = baseline.from() + 1; i <= baseline.to(); i++) {
            movingRanges.add(Math.abs(values[i] - values[i - 1]));
        }
        double averageMovingRange = average(movingRanges);
        if (screenMovingRanges) {
            // Making Data Count: leave out moving ranges above the upper range limit (3.267 × mR̄), once.
            double limit = MOVING_RANGE_SCREEN * averageMovingRange;
            averageMovingRange = average(movingRanges.stream().filter(r -> r <= limit).toList());
        }
        return new Limits(mean, averageMovingRange, mean - LIMIT_FACTOR * averageMovingRange,
                mean + LIMIT_FACTOR * averageMovingRange);
    }

    public static SpcResult of(double[] values, Baseline baseline, XmrOptions options) {
        Series.requireNotEmpty(values);
        Limits limits = limits(values, baseline, options.screenMovingRanges());
        int n = values.length;
        double[] centre = Series.constant(n, limits.mean());
        List<Signal> signals = MakingDataCountSignals.find(values, limits, options.shiftLength(), options.trendLength());
        return Series.result(centre, Series.boxed(Series.constant(n, limits.lcl())),
                Series.boxed(Series.constant(n, limits.ucl())), AnhojRules.analyse(values, centre), signals);
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
