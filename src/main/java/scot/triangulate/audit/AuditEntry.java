package scot.triangulate.audit;

import java.time.OffsetDateTime;

/** One recorded change, with its before and after states as JSON (either may be absent). */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
        String subjectId, String partnership, String beforeState, String afterState) {
}
