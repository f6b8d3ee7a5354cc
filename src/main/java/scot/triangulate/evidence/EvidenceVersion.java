package scot.triangulate.evidence;

import java.time.OffsetDateTime;

/**
 * One version of a document; the history keeps every version under the same number. {@code held}: it has a
 * screening finding nobody has cleared. An erased version keeps only its tombstone: who erased it, when and why.
 */
public record EvidenceVersion(long id, int versionNumber, String fileName, String contentType, Long sizeBytes,
        String url, String sha256, String extractionStatus, String extractionProblem, Integer pageCount,
        String uploadedBy, OffsetDateTime uploadedAt, boolean held, String erasedBy, OffsetDateTime erasedAt,
        String erasureReason) {

    public boolean erased() {
        return erasedAt != null;
    }
}
