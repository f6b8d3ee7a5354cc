package scot.triangulate.performance.spc;

/**
 * The points (0-based, both ends inclusive) from which a chart's centre line and limits are computed; they are
 * then frozen for the rest of the series, as a "phase" in NHS Making Data Count and qicharts2's {@code freeze}.
 */
public record Baseline(int from, int to) {

    public Baseline {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("baseline " + from + ".." + to + " is not a range of points");
        }
    }

    /** The whole series of {@code n} points. */
    public static Baseline all(int n) {
        return new Baseline(0, n - 1);
    }

    public int size() {
        return to - from + 1;
    }

    void checkWithin(int n) {
        if (to >= n) {
            throw new IllegalArgumentException("baseline ends at point " + to + " of a series of " + n);
        }
    }
}
