package scot.triangulate.evidence;

import java.time.LocalDate;
import java.util.List;
import scot.triangulate.partnership.Agency;

/** What a member gives when adding evidence: a file's bytes or a link, and the item's details. */
public record NewEvidence(String title, String description, Agency agency, LocalDate documentDate,
        SourceType sourceType, List<String> indicators, CoreDocumentCategory coreCategory, Upload file, String url) {

    public EvidenceDetails details() {
        return new EvidenceDetails(title, description, agency, documentDate, sourceType, indicators, coreCategory);
    }

    /** An uploaded file as received: its name as the browser sent it, and its content. */
    public record Upload(String fileName, long size, java.io.InputStream content) {
    }
}
