package scot.triangulate.positionstatement;

import java.time.OffsetDateTime;

/** One section of a version of the statement: its text as Markdown, version number and last change. */
public record Section(String key, String title, String text, int version, int wordCount, String updatedBy,
        OffsetDateTime updatedAt) {

    public boolean started() {
        return wordCount > 0;
    }
}
