package scot.triangulate.performance.spc;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** One point (0-based index into the series) flagged by one rule. */
public record Signal(int index, SignalRule rule) {

    private static final Comparator<Signal> ORDER = Comparator.comparingInt(Signal::index)
            .thenComparing(Signal::rule);

    /** Signals in series order, each (point, rule) pair once. */
    static List<Signal> inOrder(Collection<Signal> signals) {
        return signals.stream().distinct().sorted(ORDER).toList();
    }
}
