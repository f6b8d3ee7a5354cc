package scot.triangulate.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import scot.triangulate.partnership.Agency;

/**
 * An item in a partnership's document log, as of its current version; {@code detailsVersion} counts corrections of its
 * details.
 */
public record EvidenceItem(long id, String partnership, int number, String title, String description, Agency agency,
        LocalDate documentDate, SourceType sourceType, List<String> indicators, CoreDocumentCategory coreCategory,
        EvidenceStatus status, int currentVersion, String fileName, Long sizeBytes, String url, String extractionProblem,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, int detailsVersion) {

    public String documentNumber() {
        return DocumentNumber.format(number);
    }

    public boolean isLink() {
        return url != null;
    }
}
