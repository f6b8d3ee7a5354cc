package scot.triangulate.selfevaluation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import scot.triangulate.evidence.SourceType;

/**
 * Which of the four sources of evidence (performance data, stakeholders' views, observation and audit of
 * practice, documents) an evaluation's cited evidence covers. The Quality Improvement Framework asks for a
 * position to be triangulated; here that means at least three of the four sources.
 */
public record Triangulation(List<SourceType> sourceTypes, List<SourceType> missing, boolean triangulated) {

    public static final int SOURCES_NEEDED = 3;

    public static Triangulation of(Set<SourceType> covered) {
        EnumSet<SourceType> present = covered.isEmpty() ? EnumSet.noneOf(SourceType.class) : EnumSet.copyOf(covered);
        List<SourceType> missing = Arrays.stream(SourceType.values()).filter(t -> !present.contains(t)).toList();
        return new Triangulation(List.copyOf(present), missing, present.size() >= SOURCES_NEEDED);
    }
}
