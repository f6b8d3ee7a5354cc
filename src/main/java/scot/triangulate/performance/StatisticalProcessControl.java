package scot.triangulate.performance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.ProportionChart;
import scot.triangulate.performance.spc.RateChart;
import scot.triangulate.performance.spc.RunChart;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrChart;
import scot.triangulate.performance.spc.XmrOptions;

/** The performance module's face for charts computed on request and not stored. */
@Service
public class StatisticalProcessControl {

    public static final int MAX_POINTS = 10_000;
    private static final Set<Integer> RUN_LENGTHS = Set.of(6, 7);

    /** Checks the request, naming the first field at fault, then computes the chart. */
    public SpcResult compute(SpcRequest request) {
        String chart = request.chart() == null ? null : request.chart().toLowerCase(Locale.ROOT);
        if (chart == null || !Set.of("run", "xmr", "p", "u").contains(chart)) {
            throw new SpcRequestRejected("chart", "chart must be one of run, xmr, p or u");
        }
        double[] values = numbers(request.values(), "values");
        boolean attribute = chart.equals("p") || chart.equals("u");
        double[] denominators = attribute ? denominators(request.denominators(), values, chart.equals("p")) : null;
        if (!attribute && request.denominators() != null && !request.denominators().isEmpty()) {
            throw new SpcRequestRejected("denominators", "denominators are only used by p and u charts");
        }
        Baseline baseline = baseline(request.baseline(), values.length);
        return switch (chart) {
            case "run" -> RunChart.of(values, baseline);
            case "xmr" -> XmrChart.of(values, baseline, options(request.options()));
            case "p" -> ProportionChart.of(values, denominators, baseline);
            default -> RateChart.of(values, denominators, baseline);
        };
    }

    private static double[] numbers(List<Double> list, String field) {
        if (list == null || list.isEmpty()) {
            throw new SpcRequestRejected(field, field + " must have at least one number");
        }
        if (list.size() > MAX_POINTS) {
            throw new SpcRequestRejected(field, field + " must have at most " + MAX_POINTS + " points");
        }
        double[] numbers = new double[list.size()];
        for (int i = 0; i < numbers.length; i++) {
            Double number = list.get(i);
            if (number == null || !Double.isFinite(number)) {
                throw new SpcRequestRejected(field + "[" + i + "]", field + "[" + i + "] must be a finite number");
            }
            numbers[i] = number;
        }
        return numbers;
    }

    private static double[] denominators(List<Double> list, double[] values, boolean proportions) {
        if (list == null || list.size() != values.length) {
            throw new SpcRequestRejected("denominators", "denominators must have one number per value ("
                    + values.length + ")");
        }
        double[] denominators = numbers(list, "denominators");
        for (int i = 0; i < values.length; i++) {
            if (denominators[i] <= 0) {
                throw new SpcRequestRejected("denominators[" + i + "]", "denominators[" + i + "] must be more than 0");
            }
            if (values[i] < 0) {
                throw new SpcRequestRejected("values[" + i + "]", "values[" + i + "] must not be negative");
            }
            if (proportions && values[i] > denominators[i]) {
                throw new SpcRequestRejected("values[" + i + "]", "values[" + i + "] must not be more than denominators[" + i + "]");
            }
        }
        return denominators;
    }

    private static Baseline baseline(SpcRequest.Range range, int n) {
        if (range == null) {
            if (n < 2) {
                throw new SpcRequestRejected("values", "values must have at least 2 points to compute a centre line and limits");
            }
            return Baseline.all(n);
        }
        if (range.from() == null || range.to() == null) {
            throw new SpcRequestRejected("baseline", "baseline needs both from and to");
        }
        int from = range.from();
        int to = range.to();
        if (from < 0 || to >= n || from > to) {
            throw new SpcRequestRejected("baseline", "baseline must lie within points 0 to " + (n - 1)
                    + " with from no later than to");
        }
        if (to - from + 1 < 2) {
            throw new SpcRequestRejected("baseline", "baseline must cover at least 2 points");
        }
        return new Baseline(from, to);
    }

    private static XmrOptions options(SpcRequest.Options options) {
        if (options == null) {
            return XmrOptions.DEFAULTS;
        }
        int shift = options.shiftLength() == null ? XmrOptions.DEFAULTS.shiftLength() : options.shiftLength();
        int trend = options.trendLength() == null ? XmrOptions.DEFAULTS.trendLength() : options.trendLength();
        if (!RUN_LENGTHS.contains(shift)) {
            throw new SpcRequestRejected("options.shiftLength", "options.shiftLength must be 6 or 7");
        }
        if (!RUN_LENGTHS.contains(trend)) {
            throw new SpcRequestRejected("options.trendLength", "options.trendLength must be 6 or 7");
        }
        return new XmrOptions(Boolean.TRUE.equals(options.screenMovingRanges()), shift, trend);
    }
}
