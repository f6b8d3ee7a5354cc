package scot.triangulate.recordreading;

import scot.triangulate.shared.InputRejectedException;

/** Readings that cannot be compared, naming the request field at fault (e.g. {@code ratings[3][1]}). */
public class AgreementRejectedException extends InputRejectedException {

    public static final String TOO_LARGE = "agreement.tooLarge";

    public AgreementRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** A body over the size limit is too large (413); anything else is unprocessable (422). */
    @Override
    public int httpStatus() {
        return TOO_LARGE.equals(messageKey()) ? 413 : 422;
    }
}
