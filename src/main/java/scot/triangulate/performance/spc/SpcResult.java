package scot.triangulate.performance.spc;

import java.util.List;

/**
 * A chart's numbers, one entry per point in {@code centre}, {@code lcl} and {@code ucl} (the limits are null
 * for a run chart), the points flagged, and the Anhøj runs analysis around the centre line (null when no point
 * lies off the centre line).
 */
public record SpcResult(List<Double> centre, List<Double> lcl, List<Double> ucl, List<Signal> signals,
        Integer longestRun, Integer longestRunLimit, Integer crossings, Integer crossingsLimit) {
}
