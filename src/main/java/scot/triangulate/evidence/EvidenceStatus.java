package scot.triangulate.evidence;

/**
 * Where an item stands: its text still being extracted; held by personal-data screening until each finding is
 * cleared or a redacted version uploaded; cleared for citing; or failed (the file could not be read).
 */
public enum EvidenceStatus {
    PROCESSING,
    HELD,
    CLEARED,
    FAILED;

    public String messageKey() {
        return "status." + name();
    }

    /** The design system's tag colour for the status, by meaning: red needs a decision, green is done, grey waits. */
    public String tagColour() {
        return switch (this) {
            case HELD, FAILED -> "ds_tag--red";
            case CLEARED -> "ds_tag--green";
            case PROCESSING -> "ds_tag--grey";
        };
    }
}
