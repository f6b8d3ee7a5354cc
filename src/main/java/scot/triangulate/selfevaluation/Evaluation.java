package scot.triangulate.selfevaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import scot.triangulate.framework.SixPointScale;

/**
 * The partnership's evaluation of one quality indicator in a cycle, with what is computed from it, as one person
 * may see it: the perspectives' grades blind grading hides from them are left out (only {@code hiddenGrades}, how
 * many there are, is told) and nothing computed from them (spread, checks) shows either.
 */
public record Evaluation(long id, long cycleId, String indicatorCode, String howGoodNow, String howDoWeKnow,
        String whatNext, String strengths, String areasForImprovement, String contextualChallenges, Integer grade,
        String gradeRationale, int version, String updatedBy, OffsetDateTime updatedAt, List<Citation> citations,
        List<PerspectiveGrade> perspectiveGrades, int hiddenGrades, Triangulation triangulation, List<CheckResult> checks) {

    public SixPointScale level() {
        return SixPointScale.of(grade).orElse(null);
    }

    /** The grade given from one perspective (an agency, or a leadership role), if it has been given and may be seen. */
    public Optional<PerspectiveGrade> gradeFrom(String perspective) {
        return perspectiveGrades.stream().filter(g -> g.perspective().equals(perspective)).findFirst();
    }

    /** Lowest and highest perspective grades apart, in levels of the scale. */
    public int spread() {
        if (perspectiveGrades.isEmpty()) {
            return 0;
        }
        int max = perspectiveGrades.stream().mapToInt(PerspectiveGrade::grade).max().orElse(0);
        int min = perspectiveGrades.stream().mapToInt(PerspectiveGrade::grade).min().orElse(0);
        return max - min;
    }

    public boolean started() {
        return grade != null || !howGoodNow.isBlank() || !howDoWeKnow.isBlank() || !whatNext.isBlank()
                || !citations.isEmpty() || !perspectiveGrades.isEmpty() || hiddenGrades > 0;
    }
}
