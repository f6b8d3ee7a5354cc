package scot.triangulate.performance.spc;

import java.util.List;

/**
 * The P chart: centre p&#772; = &Sigma; numerators / &Sigma; denominators over the baseline, and limits for
 * each point p&#772; &plusmn; 3&radic;(p&#772;(1 &minus; p&#772;)/n<sub>i</sub>) clipped to [0, 1].
 */
public final class ProportionChart {

    private ProportionChart() {
    }

    public static SpcResult of(double[] numerators, double[] denominators, Baseline baseline) {
        Attributes.check(numerators, denominators, baseline);
        for (int i = 0; i < numerators.length; i++) {
            if (numerators[i] > denominators[i]) {
                throw new IllegalArgumentException("values[" + i + "] is more than its denominator");
            }
        }
        double pBar = Attributes.ratio(numerators, denominators, baseline);
        int n = numerators.length;
        double[] y = new double[n];
        double[] lcl = new double[n];
        double[] ucl = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = numerators[i] / denominators[i];
            double halfWidth = 3 * Math.sqrt(pBar * (1 - pBar) / denominators[i]);
            lcl[i] = Math.max(0, pBar - halfWidth);
            ucl[i] = Math.min(1, pBar + halfWidth);
        }
        double[] centre = Series.constant(n, pBar);
        List<Signal> outside = Series.outsideLimits(y, lcl, ucl);
        return Series.result(centre, Series.boxed(lcl), Series.boxed(ucl), AnhojRules.analyse(y, centre), outside);
    }
}
