package scot.triangulate.performance;

/** Which direction of an indicator is good: it decides what "improving" and "top quartile" mean. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEITHER;

    /** +1 when a rise is good, -1 when a fall is good, 0 when neither is. */
    public int goodDirection() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case NEITHER -> 0;
        };
    }

    public String messageKey() {
        return "polarity." + name();
    }
}
