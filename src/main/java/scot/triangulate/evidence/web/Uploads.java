package scot.triangulate.evidence.web;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import scot.triangulate.evidence.NewEvidence;

/** Turns what a form or API request sent into the evidence service's terms. */
final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen at all (an empty file that has a name was chosen, and is refused later as empty). */
    static boolean given(MultipartFile file) {
        return file != null && (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()));
    }

    static NewEvidence.Upload upload(MultipartFile file) throws IOException {
        if (!given(file)) {
            return null;
        }
        return new NewEvidence.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
    }

    static NewEvidence toNewEvidence(AddEvidenceForm form) throws IOException {
        boolean link = form.kind() == AddEvidenceForm.Kind.LINK;
        return new NewEvidence(form.title().strip(), form.description() == null ? "" : form.description().strip(),
                form.agency(), form.documentDate(), form.sourceType(),
                form.indicators() == null ? java.util.List.of() : form.indicators(), form.coreCategory(),
                link ? null : upload(form.file()), link ? form.url() : null);
    }
}
