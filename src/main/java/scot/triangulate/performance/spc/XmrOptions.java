package scot.triangulate.performance.spc;

/**
 * Choices the NHS "Making Data Count" XmR spreadsheets offer: screening out large moving ranges before the
 * limits are computed, and the number of points making a shift or a trend.
 */
public record XmrOptions(boolean screenMovingRanges, int shiftLength, int trendLength) {

    public static final XmrOptions DEFAULTS = new XmrOptions(false, 7, 7);

    public XmrOptions {
        if (shiftLength < 2 || trendLength < 2) {
            throw new IllegalArgumentException("a shift or trend needs at least 2 points");
        }
    }
}
