package scot.triangulate.selfevaluation;

import java.time.OffsetDateTime;

/** One perspective's independent grade (an agency such as NHS_BOARD, or a role such as CHIEF_EXECUTIVE). */
public record PerspectiveGrade(String perspective, int grade, String rationale, String gradedBy, OffsetDateTime gradedAt) {

    public Grade level() {
        return Grade.of(grade).orElseThrow();
    }
}
