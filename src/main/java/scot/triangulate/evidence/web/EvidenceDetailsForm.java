package scot.triangulate.evidence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.EvidenceDetails;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;

/** Correcting an item's details, as read at {@code detailsVersion}. */
record EvidenceDetailsForm(
        @NotBlank(message = "{evidence.title.required}") @Size(max = 300, message = "{evidence.title.long}") String title,
        @Size(max = 5000, message = "{evidence.description.long}") String description,
        @NotNull(message = "{evidence.agency.required}") Agency agency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
        @NotNull(message = "{evidence.sourceType.required}") SourceType sourceType,
        List<String> indicators,
        CoreDocumentCategory coreCategory,
        Integer detailsVersion) {

    static EvidenceDetailsForm of(EvidenceItem item) {
        return new EvidenceDetailsForm(item.title(), item.description(), item.agency(), item.documentDate(),
                item.sourceType(), item.indicators(), item.coreCategory(), item.detailsVersion());
    }

    EvidenceDetails details() {
        return new EvidenceDetails(title, description, agency, documentDate, sourceType, indicators, coreCategory);
    }
}
