package scot.triangulate.improvement;

/** The five letters of SMART, as the inspectorate's letters spell them out. */
public enum SmartLetter {
    SPECIFIC("S"),
    MEASURABLE("M"),
    ACHIEVABLE("A"),
    RELEVANT("R"),
    TIME_BOUND("T");

    private final String initial;

    SmartLetter(String initial) {
        this.initial = initial;
    }

    public String initial() {
        return initial;
    }

    public String messageKey() {
        return "improvement.smart." + name();
    }

    /** The rule in words, shown beside the check so anyone can see why a letter failed. */
    public String ruleKey() {
        return "improvement.smart.rule." + name();
    }
}
