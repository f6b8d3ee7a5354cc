package scot.triangulate.evidence;

import scot.triangulate.shared.InputRejectedException;

/** Evidence refused before anything is stored. */
public class EvidenceRejectedException extends InputRejectedException {

    public EvidenceRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
