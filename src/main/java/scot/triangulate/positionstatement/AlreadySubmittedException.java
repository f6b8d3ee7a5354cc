package scot.triangulate.positionstatement;

import scot.triangulate.shared.ConcurrentChangeException;

/**
 * The draft has not changed since it was last submitted (often: someone submitted it a moment ago), so there
 * is nothing new to submit. Answered with 409; the draft is kept as it is.
 */
public class AlreadySubmittedException extends ConcurrentChangeException {

    private final int version;

    public AlreadySubmittedException(long cycleId, int version) {
        super("position statement", String.valueOf(cycleId));
        this.version = version;
    }

    /** The version the draft was submitted as. */
    public int version() {
        return version;
    }
}
