package scot.triangulate.evidence;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import scot.triangulate.partnership.Agency;

/** What describes an item in the document log, given when it is added and correctable afterwards under its number. */
public record EvidenceDetails(String title, String description, Agency agency, LocalDate documentDate,
        SourceType sourceType, List<String> indicators, CoreDocumentCategory coreCategory) {

    public EvidenceDetails {
        // Each indicator once, in the order given.
        indicators = indicators == null ? List.of() : List.copyOf(new LinkedHashSet<>(indicators));
    }

    static EvidenceDetails of(EvidenceItem item) {
        return new EvidenceDetails(item.title(), item.description(), item.agency(), item.documentDate(),
                item.sourceType(), item.indicators(), item.coreCategory());
    }
}
