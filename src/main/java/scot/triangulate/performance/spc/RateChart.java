package scot.triangulate.performance.spc;

import java.util.List;

/**
 * The U chart: centre u&#772; = &Sigma; counts / &Sigma; exposures over the baseline, and limits for each point
 * u&#772; &plusmn; 3&radic;(u&#772;/n<sub>i</sub>), the lower floored at 0.
 */
public final class RateChart {

    private RateChart() {
    }

    public static SpcResult of(double[] counts, double[] exposures, Baseline baseline) {
        Attributes.check(counts, exposures, baseline);
        double uBar = Attributes.ratio(counts, exposures, baseline);
        int n = counts.length;
        double[] y = new double[n];
        double[] lcl = new double[n];
        double[] ucl = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = counts[i] / exposures[i];
            double halfWidth = 3 * Math.sqrt(uBar / exposures[i]);
            lcl[i] = Math.max(0, uBar - halfWidth);
            ucl[i] = uBar + halfWidth;
        }
        double[] centre = Series.constant(n, uBar);
        List<Signal> outside = Series.outsideLimits(y, lcl, ucl);
        return Series.result(centre, Series.boxed(lcl), Series.boxed(ucl), AnhojRules.analyse(y, centre), outside);
    }
}
