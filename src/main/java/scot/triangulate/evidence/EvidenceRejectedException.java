package scot.triangulate.evidence;

import scot.triangulate.shared.InputRejectedException;

/** Evidence refused before anything is stored. */
public class EvidenceRejectedException extends InputRejectedException {

    public EvidenceRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** Too large is 413 and a file already in the log is 409; every other refusal is 422. */
    @Override
    public int httpStatus() {
        return switch (messageKey()) {
            case "evidence.file.tooLarge" -> 413;
            case "evidence.file.duplicate" -> 409;
            default -> 422;
        };
    }
}
