package scot.triangulate.selfevaluation;

import scot.triangulate.shared.InputRejectedException;

/** A self-evaluation change refused before anything is saved. */
public class CycleRejectedException extends InputRejectedException {

    public CycleRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
