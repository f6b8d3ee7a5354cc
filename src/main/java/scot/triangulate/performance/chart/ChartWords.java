package scot.triangulate.performance.chart;

import java.util.Objects;
import java.util.function.Function;

/**
 * The words drawn on a chart and read out by a screen reader, from the {@code chart.*} keys of
 * {@code messages-chart.properties}. {@code description} and {@code axes} are MessageFormat patterns; the
 * properties file says what their arguments are.
 */
public record ChartWords(String value, String centreLine, String controlLimits, String specialCause, String axes,
        String description) {

    public ChartWords {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(centreLine, "centreLine");
        Objects.requireNonNull(controlLimits, "controlLimits");
        Objects.requireNonNull(specialCause, "specialCause");
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(description, "description");
    }

    /**
     * The words from a message source, e.g. {@code ChartWords.from(key -> messages.getMessage(key, null, locale))}.
     * The patterns must come back unformatted, as Spring's MessageSource returns a message asked for with no
     * arguments.
     */
    public static ChartWords from(Function<String, String> lookup) {
        return new ChartWords(word(lookup, "chart.legend.value"), word(lookup, "chart.legend.centre-line"),
                word(lookup, "chart.legend.control-limits"), word(lookup, "chart.legend.special-cause"),
                word(lookup, "chart.axes"), word(lookup, "chart.description"));
    }

    private static String word(Function<String, String> lookup, String key) {
        String word = lookup.apply(key);
        if (word == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return word;
    }
}
