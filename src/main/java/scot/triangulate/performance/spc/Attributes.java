package scot.triangulate.performance.spc;

/** What the P and U charts share: counts over positive denominators, pooled over the baseline. */
final class Attributes {

    private Attributes() {
    }

    static void check(double[] counts, double[] denominators, Baseline baseline) {
        Series.requireNotEmpty(counts);
        if (counts.length != denominators.length) {
            throw new IllegalArgumentException("one denominator per value");
        }
        Series.requireFinite(counts, "values");
        Series.requireFinite(denominators, "denominators");
        for (int i = 0; i < counts.length; i++) {
            if (denominators[i] <= 0) {
                throw new IllegalArgumentException("denominators[" + i + "] is not positive");
            }
            if (counts[i] < 0) {
                throw new IllegalArgumentException("values[" + i + "] is negative");
            }
        }
        baseline.checkWithin(counts.length);
        if (baseline.size() < 2) {
            throw new IllegalArgumentException("a baseline needs at least 2 points");
        }
    }

    /** &Sigma; counts / &Sigma; denominators over the baseline: the pooled rate, not the mean of the rates. */
    static double ratio(double[] counts, double[] denominators, Baseline baseline) {
        double counted = 0;
        double exposure = 0;
        for (int i = baseline.from(); i <= baseline.to(); i++) {
            counted += counts[i];
            exposure += denominators[i];
        }
        return counted / exposure;
    }
}
