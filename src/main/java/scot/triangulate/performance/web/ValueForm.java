package scot.triangulate.performance.web;

/** A figure typed in: the period, and a numerator with its denominator or a value; the revision the person saw. */
record ValueForm(String period, String numerator, String denominator, String value, Integer revision)
        implements java.io.Serializable {

    static ValueForm empty() {
        return new ValueForm("", "", "", "", 0);
    }
}
