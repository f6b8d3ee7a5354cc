package scot.triangulate.performance.chart;

/**
 * Where the data is drawn: the frame in viewBox units and the mapping of points and values into it. Points are
 * evenly spaced, kept {@code inset} off the frame's sides ({@link #INSET} on a chart); a single point sits in the
 * middle.
 */
record Plot(double left, double right, double top, double bottom, int points, YScale scale, double inset) {

    static final double INSET = 10;

    Plot(double left, double right, double top, double bottom, int points, YScale scale) {
        this(left, right, top, bottom, points, scale, INSET);
    }

    /** The distance between neighbouring points, or 0 for a single point. */
    double spacing() {
        return points > 1 ? (right - left - 2 * inset) / (points - 1) : 0;
    }

    double x(int point) {
        return points > 1 ? left + inset + point * spacing() : (left + right) / 2;
    }

    double y(double value) {
        return bottom - scale.fraction(value) * (bottom - top);
    }
}
