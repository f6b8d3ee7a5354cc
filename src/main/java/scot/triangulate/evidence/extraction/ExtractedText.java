package scot.triangulate.evidence.extraction;

import java.util.List;

/** A document's text, page by page where the format has pages (PDF), otherwise as one page. */
public record ExtractedText(List<String> pages, boolean paged) {

    /** Pages joined by form feeds, so positions in the text still tell the page. */
    public String text() {
        return String.join("\f", pages);
    }
}
