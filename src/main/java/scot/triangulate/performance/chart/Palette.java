package scot.triangulate.performance.chart;

/**
 * The chart's colours. Every one that marks data has at least 3:1 contrast against the white ground
 * (WCAG 2.2, 1.4.11 non-text contrast); every one used for text at least 4.5:1 (1.4.3).
 */
final class Palette {

    static final String GROUND = "#ffffff";
    static final String INK = "#0b0c0c";
    static final String TEXT = "#333333";
    static final String MUTED = "#505a5f";
    /** Decorative, so exempt from the contrast rule, and light so it never competes with the data. */
    static final String GRID = "#e1e1e1";
    static final String FLAGGED = "#d95f02";
    static final String CENTRE = "#005eb8";
    static final String LIMIT = "#505a5f";
    static final String LIMIT_DASH = "6 4";
    static final String[] COMPARATOR_COLOURS = {"#7a2e8e", "#00703c", "#b4006e", "#8a1538"};
    /** Each comparator has its own dash pattern too, so the lines can be told apart without colour (1.4.1). */
    static final String[] COMPARATOR_DASHES = {"2 3", "10 4", "10 3 2 3", "4 2"};

    private Palette() {
    }

    static String comparatorColour(int index) {
        return COMPARATOR_COLOURS[index % COMPARATOR_COLOURS.length];
    }

    static String comparatorDash(int index) {
        return COMPARATOR_DASHES[index % COMPARATOR_DASHES.length];
    }
}
