package scot.triangulate.evidence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;

/** The add-evidence form: a file or a link, and the item's details. */
record AddEvidenceForm(
        @NotNull(message = "{evidence.kind.required}") Kind kind,
        MultipartFile file,
        @Size(max = 2000, message = "{evidence.url.invalid}") String url,
        @NotBlank(message = "{evidence.title.required}") @Size(max = 300, message = "{evidence.title.long}") String title,
        @Size(max = 5000, message = "{evidence.description.long}") String description,
        @NotNull(message = "{evidence.agency.required}") Agency agency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
        @NotNull(message = "{evidence.sourceType.required}") SourceType sourceType,
        List<String> indicators,
        CoreDocumentCategory coreCategory) {

    enum Kind { FILE, LINK }

    static AddEvidenceForm empty(Agency agency) {
        return new AddEvidenceForm(Kind.FILE, null, "", "", "", agency, null, null, List.of(), null);
    }
}
