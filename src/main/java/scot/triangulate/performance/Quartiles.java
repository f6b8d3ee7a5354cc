package scot.triangulate.performance;

import java.util.Arrays;

/**
 * Quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R's
 * {@code quantile} and Excel's {@code QUARTILE.INC}): for sorted x of n values, the p quantile lies at position
 * 1 + (n - 1)p.
 */
public final class Quartiles {

    private Quartiles() {
    }

    public static double quantile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must lie in [0, 1]");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, x.length - 1);
        return x[below] + (h - below) * (x[above] - x[below]);
    }

    /**
     * The value a partnership must reach to be in the top quartile: the upper quartile when higher is better, the
     * lower quartile when lower is better; none when neither direction is better.
     */
    public static Double topQuartileThreshold(double[] values, Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> quantile(values, 0.75);
            case LOWER_IS_BETTER -> quantile(values, 0.25);
            case NEITHER -> null;
        };
    }
}
