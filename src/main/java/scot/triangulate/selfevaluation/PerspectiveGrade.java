package scot.triangulate.selfevaluation;

import java.time.OffsetDateTime;
import scot.triangulate.framework.SixPointScale;

/** One perspective's independent grade (an agency such as NHS_BOARD, or a role such as CHIEF_EXECUTIVE). */
public record PerspectiveGrade(String perspective, int grade, String rationale, String gradedBy, OffsetDateTime gradedAt) {

    public SixPointScale level() {
        return SixPointScale.of(grade).orElseThrow();
    }
}
