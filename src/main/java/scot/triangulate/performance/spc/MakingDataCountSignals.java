package scot.triangulate.performance.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The special-cause rules of NHS England's "Making Data Count" for XmR charts. Each rule lists every point it
 * flags, so a shift of nine points lists all nine.
 */
public final class MakingDataCountSignals {

    private MakingDataCountSignals() {
    }

    public static List<Signal> find(double[] y, XmrChart.Limits limits, int shiftLength, int trendLength) {
        List<Signal> signals = new ArrayList<>();
        signals.addAll(outsideLimits(y, limits));
        signals.addAll(shifts(y, limits.mean(), shiftLength));
        signals.addAll(trends(y, trendLength));
        signals.addAll(twoOfThree(y, limits));
        return Signal.inOrder(signals);
    }

    /** A point above the upper or below the lower limit. */
    static List<Signal> outsideLimits(double[] y, XmrChart.Limits limits) {
        return Series.outsideLimits(y, Series.constant(y.length, limits.lcl()), Series.constant(y.length, limits.ucl()));
    }

    /** {@code length} or more consecutive points all above or all below the mean; a point on the mean breaks it. */
    static List<Signal> shifts(double[] y, double mean, int length) {
        List<Signal> signals = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= y.length; i++) {
            int side = Double.compare(y[start], mean);
            if (i == y.length || Double.compare(y[i], mean) != side) {
                if (side != 0 && i - start >= length) {
                    flag(signals, start, i - 1, SignalRule.SHIFT);
                }
                start = i;
            }
        }
        return signals;
    }

    /** {@code length} or more consecutive points each strictly above (or each strictly below) the one before. */
    static List<Signal> trends(double[] y, int length) {
        List<Signal> signals = new ArrayList<>();
        for (int direction : new int[] {1, -1}) {
            int start = 0;
            for (int i = 1; i <= y.length; i++) {
                if (i == y.length || Double.compare(y[i], y[i - 1]) != direction) {
                    if (i - start >= length) {
                        flag(signals, start, i - 1, SignalRule.TREND);
                    }
                    start = i;
                }
            }
        }
        return signals;
    }

    /**
     * Two (or three) of three consecutive points beyond mean &plusmn; 2&sigma; on the same side, i.e. more than
     * two-thirds of the way from the mean to a limit; the points beyond are flagged, not the one between.
     * Points beyond the limits themselves are beyond two sigma and count too.
     */
    static List<Signal> twoOfThree(double[] y, XmrChart.Limits limits) {
        double upper = limits.mean() + 2 * limits.sigma();
        double lower = limits.mean() - 2 * limits.sigma();
        List<Signal> signals = new ArrayList<>();
        for (int first = 0; first == 0 || first + 2 < y.length; first++) {
            int last = Math.min(first + 2, y.length - 1);
            List<Integer> high = new ArrayList<>();
            List<Integer> low = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                if (y[i] > upper) {
                    high.add(i);
                } else if (y[i] < lower) {
                    low.add(i);
                }
            }
            for (List<Integer> side : List.of(high, low)) {
                if (side.size() >= 2) {
                    side.forEach(i -> signals.add(new Signal(i, SignalRule.TWO_OF_THREE)));
                }
            }
        }
        return signals;
    }

    private static void flag(List<Signal> signals, int from, int to, SignalRule rule) {
        for (int i = from; i <= to; i++) {
            signals.add(new Signal(i, rule));
        }
    }
}
