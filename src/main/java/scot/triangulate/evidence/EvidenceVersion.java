package scot.triangulate.evidence;

import java.time.OffsetDateTime;

/** One version of a document; the history keeps every version under the same number. */
public record EvidenceVersion(long id, int versionNumber, String fileName, String contentType, Long sizeBytes,
        String url, String sha256, String extractionStatus, String extractionProblem, Integer pageCount,
        String uploadedBy, OffsetDateTime uploadedAt) {
}
