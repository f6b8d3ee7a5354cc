package scot.triangulate.performance;

import java.util.List;
import scot.triangulate.performance.spc.SpcResult;

/**
 * One indicator's chart for a partnership: the figures, the chart's result as the statistics compute it (P chart
 * proportions, U chart rates per unit), the same lines in the indicator's own units for display, the signals read
 * against polarity, and the comparators.
 */
public record IndicatorChart(Indicator indicator, String chart, List<IndicatorValue> values, SpcResult result,
        List<Double> centre, List<Double> lcl, List<Double> ucl, List<SignalReading> signals,
        List<ComparatorLine> comparators, Phases phases) {

    public List<Period> periods() {
        return values.stream().map(IndicatorValue::period).toList();
    }

    public List<Double> figures() {
        return values.stream().map(v -> v.value().doubleValue()).toList();
    }

    /** The signals touching any of the last {@code n} points. */
    public List<SignalReading> recentSignals(int n) {
        int from = values.size() - n;
        return signals.stream().filter(s -> s.index() >= from).toList();
    }
}
