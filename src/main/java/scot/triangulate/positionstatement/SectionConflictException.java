package scot.triangulate.positionstatement;

import scot.triangulate.shared.ConcurrentChangeException;

/**
 * Someone saved the section since the writer opened it: nothing is overwritten. Carries both texts, the newer
 * saved one and the writer's, so the writer can choose and nothing is lost.
 */
public class SectionConflictException extends ConcurrentChangeException {

    private final transient Section current;
    private final String yourText;

    public SectionConflictException(long cycleId, Section current, String yourText) {
        super("position statement section", cycleId + "/" + current.key());
        this.current = current;
        this.yourText = yourText;
    }

    public Section current() {
        return current;
    }

    public String yourText() {
        return yourText;
    }
}
