package scot.triangulate.performance.spc;

import java.util.Arrays;
import java.util.List;

/** A run chart: the median of the baseline as centre line, judged by the Anhøj rules only. */
public final class RunChart {

    private RunChart() {
    }

    public static SpcResult of(double[] values, Baseline baseline) {
        Series.requireNotEmpty(values);
        Series.requireFinite(values, "values");
        baseline.checkWithin(values.length);
        double[] centre = Series.constant(values.length, median(Arrays.copyOfRange(values, baseline.from(), baseline.to() + 1)));
        AnhojRules.RunsAnalysis runs = AnhojRules.analyse(values, centre);
        return Series.result(centre, Series.nulls(values.length), Series.nulls(values.length), runs, List.of());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
