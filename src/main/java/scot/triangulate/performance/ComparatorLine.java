package scot.triangulate.performance;

import java.util.List;

/**
 * A comparator's figure for each of the partnership's periods (null where it has none). {@code kind} says what it
 * is (Scotland, family group, a chosen partnership, the top-quartile threshold); only a chosen partnership has a
 * {@code name}, the others are named by their kind's message.
 */
public record ComparatorLine(Kind kind, String name, List<Double> values) {

    public enum Kind {
        SCOTLAND, FAMILY_GROUP, CHOSEN, TOP_QUARTILE
    }

    public String messageKey() {
        return "comparator." + kind.name();
    }

    /** The figure for the last period, if the comparator has one. */
    public Double latest() {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
