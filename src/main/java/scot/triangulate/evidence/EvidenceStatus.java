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
}
