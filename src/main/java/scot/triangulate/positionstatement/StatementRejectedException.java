package scot.triangulate.positionstatement;

import scot.triangulate.shared.InputRejectedException;

/** Input the statement cannot take (for example a section far beyond any sensible length): nothing is saved. */
public class StatementRejectedException extends InputRejectedException {

    public StatementRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
