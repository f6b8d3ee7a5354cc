package scot.triangulate.performance.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small operations on a series shared by the charts. */
final class Series {

    private Series() {
    }

    static double[] constant(int n, double value) {
        double[] line = new double[n];
        Arrays.fill(line, value);
        return line;
    }

    static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    static List<Double> nulls(int n) {
        return java.util.Collections.nCopies(n, null);
    }

    static void requireFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is not a finite number");
            }
        }
    }

    static void requireNotEmpty(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
    }

    /** Signals from the runs analysis and from the chart's own rules, in series order. */
    static SpcResult result(double[] centre, List<Double> lcl, List<Double> ucl, AnhojRules.RunsAnalysis runs,
            List<Signal> chartSignals) {
        List<Signal> signals = new ArrayList<>(chartSignals);
        signals.addAll(runs.signals());
        return new SpcResult(boxed(centre), lcl, ucl, Signal.inOrder(signals), runs.longestRun(),
                runs.longestRunLimit(), runs.crossings(), runs.crossingsLimit());
    }

    /** Points beyond their own limits (strictly). */
    static List<Signal> outsideLimits(double[] y, double[] lcl, double[] ucl) {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] > ucl[i] || y[i] < lcl[i]) {
                signals.add(new Signal(i, SignalRule.OUTSIDE_LIMITS));
            }
        }
        return signals;
    }
}
