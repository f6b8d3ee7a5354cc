package scot.triangulate.performance.spc;

/** The rules a point can break. */
public enum SignalRule {
    /** Shewhart's rule 1 / Making Data Count: a point beyond a control limit. */
    OUTSIDE_LIMITS,
    /** Making Data Count: a run of points all on one side of the mean. */
    SHIFT,
    /** Making Data Count: a run of points all rising or all falling. */
    TREND,
    /** Making Data Count: two of three consecutive points beyond two sigma on the same side. */
    TWO_OF_THREE,
    /** Anhøj: a run longer than round(log2(n)) + 3 on one side of the centre line. */
    LONG_RUN,
    /** Anhøj: fewer crossings of the centre line than the 5th percentile of Binomial(n - 1, 0.5). */
    FEW_CROSSINGS
}
