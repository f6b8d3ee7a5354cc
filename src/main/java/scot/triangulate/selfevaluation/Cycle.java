package scot.triangulate.selfevaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A self-evaluation cycle: a partnership judging itself against a framework version's indicators in scope. */
public record Cycle(long id, String partnership, String frameworkId, String title, LocalDate dueDate,
        List<String> indicators, PerspectiveKind perspective, String createdBy, OffsetDateTime createdAt) {
}
