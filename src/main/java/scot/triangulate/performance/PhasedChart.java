package scot.triangulate.performance;

import java.util.ArrayList;
import java.util.List;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.ProportionChart;
import scot.triangulate.performance.spc.RateChart;
import scot.triangulate.performance.spc.RunChart;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrChart;
import scot.triangulate.performance.spc.XmrOptions;

/**
 * A chart over phases: each phase (split at the change points) gets its own centre line and limits from its own
 * points, the first phase from its baseline when one is frozen. The runs analysis reported is the last phase's,
 * the one the latest figures belong to.
 */
final class PhasedChart {

    private PhasedChart() {
    }

    /** {@code starts} are the 0-based indices where phases after the first begin, ascending. */
    static SpcResult of(String chart, double[] values, double[] denominators, Baseline firstBaseline, List<Integer> starts,
            XmrOptions options) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.addAll(starts);
        bounds.add(values.length);
        List<Double> centre = new ArrayList<>();
        List<Double> lcl = new ArrayList<>();
        List<Double> ucl = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        SpcResult last = null;
        for (int p = 0; p + 1 < bounds.size(); p++) {
            int from = bounds.get(p);
            int to = bounds.get(p + 1);
            double[] y = java.util.Arrays.copyOfRange(values, from, to);
            double[] d = denominators == null ? null : java.util.Arrays.copyOfRange(denominators, from, to);
            Baseline baseline = p == 0 && firstBaseline != null ? firstBaseline : Baseline.all(y.length);
            SpcResult phase = switch (chart) {
                case "run" -> RunChart.of(y, baseline);
                case "xmr" -> XmrChart.of(y, baseline, options);
                case "p" -> ProportionChart.of(y, d, baseline);
                case "u" -> RateChart.of(y, d, baseline);
                default -> throw new IllegalArgumentException("unknown chart " + chart);
            };
            centre.addAll(phase.centre());
            lcl.addAll(phase.lcl() == null ? java.util.Collections.nCopies(y.length, null) : phase.lcl());
            ucl.addAll(phase.ucl() == null ? java.util.Collections.nCopies(y.length, null) : phase.ucl());
            for (Signal s : phase.signals()) {
                signals.add(new Signal(s.index() + from, s.rule()));
            }
            last = phase;
        }
        return new SpcResult(centre, lcl, ucl, signals, last.longestRun(),
                last.longestRunLimit(), last.crossings(), last.crossingsLimit());
    }
}
