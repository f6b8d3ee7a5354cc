package scot.triangulate.improvement;

import scot.triangulate.shared.InputRejectedException;

/** An action or PDSA cycle refused before anything changed, with the field and the reason. */
public class ImprovementRejectedException extends InputRejectedException {

    public ImprovementRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
