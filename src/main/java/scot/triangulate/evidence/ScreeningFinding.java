package scot.triangulate.evidence;

import java.time.OffsetDateTime;

/**
 * Something personal-data screening found: its kind, where (page and line of the text, or the item's field),
 * and a masked excerpt.
 */
public record ScreeningFinding(long id, String kind, Integer page, Integer line, String field, String excerpt,
        String clearedBy, OffsetDateTime clearedAt, String clearedReason) {

    public boolean cleared() {
        return clearedAt != null;
    }

    public String kindMessageKey() {
        return "finding." + kind;
    }

    /** Where it was found, in plain words: "page 3, line 12", "line 4" or "title". */
    public String location() {
        if (field != null) {
            return field;
        }
        return page != null ? "page " + page + ", line " + line : "line " + line;
    }
}
