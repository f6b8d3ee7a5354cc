package scot.triangulate.performance.chart;

/**
 * The vertical axis: from {@code low} to {@code high} in ticks {@code step} apart, every tick a "nice" number
 * (1, 2, 2.5 or 5 times a power of ten) that prints exactly with the chart's decimal places.
 */
record YScale(double low, double high, double step) {

    static final int MIN_TICKS = 4;
    static final int MAX_TICKS = 6;
    /** A little room above and below the data, so no point sits on the frame. */
    static final double PADDING = 0.05;
    private static final double[] MULTIPLES = {1, 2, 2.5, 5};
    /** Slack for floating-point error when a bound lies on a tick. */
    private static final double EPSILON = 1e-9;

    static YScale covering(double min, double max, int decimals) {
        return covering(min, max, decimals, null);
    }

    /**
     * As {@link #covering(double, double, int)}, never running past {@code ceiling} (100 for a percentage, which
     * cannot be more) when the data does not.
     */
    static YScale covering(double min, double max, int decimals, Double ceiling) {
        boolean capped = ceiling != null && max <= ceiling;
        double span = max - min;
        if (span == 0) {
            // A flat series still gets an axis: a band around the value at least three units of the last decimal
            // wide, so that there are ticks either side of it.
            span = Math.max(Math.abs(max) * 0.2, 3 * Math.pow(10, -decimals));
            min -= span / 2;
            max += span / 2;
        }
        // Counts and rates cannot fall below zero, so neither does the axis of a series that does not.
        min = min >= 0 ? Math.max(0, min - span * PADDING) : min - span * PADDING;
        max += span * PADDING;
        if (capped) {
            max = Math.min(max, ceiling);
            min = Math.min(min, ceiling);
        }
        for (int exponent = (int) Math.floor(Math.log10(span / MAX_TICKS)) - 1; ; exponent++) {
            for (double multiple : MULTIPLES) {
                if (decimalPlaces(multiple, exponent) > decimals) {
                    continue;
                }
                double step = multiple * Math.pow(10, exponent);
                double low = Math.floor(min / step + EPSILON) * step;
                double high = Math.ceil(max / step - EPSILON) * step;
                // A step the ceiling is not a multiple of would put the top tick past it: try the next.
                if (capped && high > ceiling + EPSILON && step < ceiling) {
                    continue;
                }
                if (ticks(low, high, step) <= MAX_TICKS) {
                    return widened(low, high, step, min, max, capped ? ceiling : Double.POSITIVE_INFINITY);
                }
            }
        }
    }

    /** The tick values, rounded to the step's decimal places so that none is 0.6000000000000001. */
    double[] ticks() {
        int count = ticks(low, high, step);
        double places = Math.pow(10, Math.max(0, 1 - Math.floor(Math.log10(step))));
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = Math.round((low + i * step) * places) / places;
        }
        return ticks;
    }

    /** Where a value falls, from 0 at {@code low} to 1 at {@code high}. */
    double fraction(double value) {
        return (value - low) / (high - low);
    }

    /** Ticks added on the side with less room, until there are enough to read values by. */
    private static YScale widened(double low, double high, double step, double min, double max, double ceiling) {
        while (ticks(low, high, step) < MIN_TICKS) {
            boolean roomAbove = high + step <= ceiling + EPSILON;
            if (min - low < high - max || !roomAbove) {
                low -= step;
            } else {
                high += step;
            }
        }
        return new YScale(low, high, step);
    }

    private static int ticks(double low, double high, double step) {
        return (int) Math.round((high - low) / step) + 1;
    }

    /** Decimal places of multiple &times; 10^exponent: 2.5 needs one more than 1, 2 and 5. */
    private static int decimalPlaces(double multiple, int exponent) {
        return Math.max(0, (multiple == 2.5 ? 1 : 0) - exponent);
    }
}
