package scot.triangulate.positionstatement;

import java.time.OffsetDateTime;

/** A submitted version of a cycle's position statement, frozen: its number, who submitted it and when. */
public record Submission(long id, long cycleId, int number, String templateId, int wordCount, String submittedBy,
        OffsetDateTime submittedAt) {
}
