package scot.triangulate.evidence.extraction;

/** Why text could not be extracted, as a message key the item's page shows. */
public class ExtractionProblem extends Exception {

    private final String messageKey;

    public ExtractionProblem(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
