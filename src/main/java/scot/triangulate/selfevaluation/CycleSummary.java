package scot.triangulate.selfevaluation;

import java.util.List;

/** A cycle at a glance: each indicator's grade, perspectives' spread, triangulation, evidence count and progress. */
public record CycleSummary(Cycle cycle, List<Row> rows, int graded, int total) {

    public record Row(String code, String title, Evaluation evaluation) {
    }

    public int percentGraded() {
        return total == 0 ? 0 : Math.round(100f * graded / total);
    }
}
