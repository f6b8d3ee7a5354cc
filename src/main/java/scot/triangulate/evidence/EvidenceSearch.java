package scot.triangulate.evidence;

import java.time.LocalDate;
import scot.triangulate.partnership.Agency;

/**
 * What to look for in a document log: words, and filters by source type, quality indicator, agency, date and status
 * (held for personal data, still being screened, unreadable or cleared).
 */
public record EvidenceSearch(String query, SourceType sourceType, String indicator, Agency agency, LocalDate from,
        LocalDate to, EvidenceStatus status) {

    public static EvidenceSearch everything() {
        return new EvidenceSearch(null, null, null, null, null, null, null);
    }

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
