package scot.triangulate.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * How a partnership charts one indicator: a baseline whose limits are frozen for the rest of the series, or change
 * points where a new phase starts and limits are recalculated from that phase's own points. Nothing is rebased
 * unless someone records it here. {@code version} guards against two people changing it at once.
 */
public record Phases(LocalDate baselineFrom, LocalDate baselineTo, List<LocalDate> changePoints, int version) {

    public static final Phases NONE = new Phases(null, null, List.of(), 0);

    public Phases {
        changePoints = changePoints == null ? List.of() : changePoints.stream().sorted().distinct().toList();
    }

    public boolean hasBaseline() {
        return baselineFrom != null && baselineTo != null;
    }
}
