package scot.triangulate.performance.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import scot.triangulate.performance.spc.Signal;

/**
 * What a chart draws, one entry per point in every list. The centre line and limits may change between points
 * (per-point limits of P and U charts, a new phase); their entries, or the whole lists, are null where a chart has
 * none, as a run chart has no limits. A comparator (Scotland, a family group) is null where it has no figure.
 */
public record ChartData(String title, String method, String unit, int decimals, List<String> periods,
        List<Double> values, List<Double> centre, List<Double> lcl, List<Double> ucl, List<Signal> signals,
        List<Comparator> comparators, Double ceiling) {

    /** More decimal places than this are noise on a chart of rates and percentages. */
    static final int MAX_DECIMALS = 6;
    /** The most a percentage can be: its axis stops there. */
    public static final double PERCENTAGE_CEILING = 100;

    /** A chart whose figures have no upper bound (counts, rates). */
    public ChartData(String title, String method, String unit, int decimals, List<String> periods, List<Double> values,
            List<Double> centre, List<Double> lcl, List<Double> ucl, List<Signal> signals, List<Comparator> comparators) {
        this(title, method, unit, decimals, periods, values, centre, lcl, ucl, signals, comparators, null);
    }

    public ChartData {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title, which names it for screen readers");
        }
        Objects.requireNonNull(method, "method");
        unit = unit == null ? "" : unit;
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", not " + decimals);
        }
        Objects.requireNonNull(values, "values");
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        periods = List.copyOf(sized(Objects.requireNonNull(periods, "periods"), n, "periods"));
        values = List.copyOf(values);
        for (int i = 0; i < n; i++) {
            requireFinite(values.get(i), "values", i);
        }
        centre = line(centre, n, "centre");
        lcl = line(lcl, n, "lcl");
        ucl = line(ucl, n, "ucl");
        signals = signals == null ? List.of() : List.copyOf(signals);
        for (Signal signal : signals) {
            if (signal.index() < 0 || signal.index() >= n || signal.rule() == null) {
                throw new IllegalArgumentException("signal " + signal + " is not a point of " + n);
            }
        }
        comparators = comparators == null ? List.of() : List.copyOf(comparators);
        for (Comparator comparator : comparators) {
            line(comparator.values(), n, "comparator " + comparator.name());
        }
    }

    /** Another series drawn for comparison, such as Scotland or a family group of similar areas. */
    public record Comparator(String name, List<Double> values) {

        public Comparator {
            Objects.requireNonNull(name, "name");
            values = nullable(Objects.requireNonNull(values, "values"));
        }
    }

    public int size() {
        return values.size();
    }

    /** Whether any point has a limit. */
    public boolean hasLimits() {
        return lcl.stream().anyMatch(Objects::nonNull) || ucl.stream().anyMatch(Objects::nonNull);
    }

    /** The points flagged by at least one rule. */
    public long flaggedPoints() {
        return signals.stream().mapToInt(Signal::index).distinct().count();
    }

    private static List<Double> line(List<Double> line, int n, String what) {
        if (line == null) {
            return Collections.nCopies(n, null);
        }
        sized(line, n, what);
        for (int i = 0; i < n; i++) {
            if (line.get(i) != null) {
                requireFinite(line.get(i), what, i);
            }
        }
        return nullable(line);
    }

    private static <T> List<T> sized(List<T> list, int n, String what) {
        if (list.size() != n) {
            throw new IllegalArgumentException(what + " has " + list.size() + " entries for " + n + " points");
        }
        return list;
    }

    private static void requireFinite(Double value, String what, int index) {
        if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + "[" + index + "] is not a finite number");
        }
    }

    /** An unmodifiable copy that, unlike {@link List#copyOf}, keeps nulls. */
    private static List<Double> nullable(List<Double> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
