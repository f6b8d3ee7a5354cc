package scot.triangulate.performance.chart;

/**
 * Text measured without fonts: the SVG is laid out on the server, where the browser's font is unknown, so widths
 * are estimated from a generous average advance and long text is cut rather than left to overflow.
 */
final class Lettering {

    /** Average advance of a character in Arial-like fonts, as a share of the font size, rounded up. */
    static final double CHAR_WIDTH = 0.6;

    private Lettering() {
    }

    /** The text cut to {@code maxChars} characters, ending in an ellipsis when cut. */
    static String fit(String text, int maxChars) {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, maxChars - 1))).stripTrailing() + "\u2026";
    }

    /** The text cut to fit {@code width} at {@code fontSize}. */
    static String fit(String text, double width, double fontSize) {
        return fit(text, (int) (width / (fontSize * CHAR_WIDTH)));
    }

    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * CHAR_WIDTH;
    }
}
