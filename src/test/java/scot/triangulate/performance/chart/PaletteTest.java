package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void marksHaveNonTextContrastAgainstTheGround() {
        // WCAG 2.2, 1.4.11: at least 3:1 against adjacent colours.
        List<String> marks = new ArrayList<>(List.of(Palette.INK, Palette.FLAGGED, Palette.CENTRE, Palette.LIMIT));
        marks.addAll(List.of(Palette.COMPARATOR_COLOURS));

        assertThat(marks).allSatisfy(colour -> assertThat(contrast(colour, Palette.GROUND)).as(colour)
                .isGreaterThanOrEqualTo(3));
    }

    @Test
    void textHasTextContrastAgainstTheGround() {
        // WCAG 2.2, 1.4.3: at least 4.5:1 for text under 18pt.
        assertThat(List.of(Palette.INK, Palette.TEXT, Palette.MUTED))
                .allSatisfy(colour -> assertThat(contrast(colour, Palette.GROUND)).as(colour)
                        .isGreaterThanOrEqualTo(4.5));
    }

    @Test
    void comparatorsDifferInDashAsWellAsColour() {
        assertThat(Palette.COMPARATOR_DASHES).doesNotHaveDuplicates().doesNotContain(Palette.LIMIT_DASH)
                .hasSameSizeAs(Palette.COMPARATOR_COLOURS);
        assertThat(Palette.COMPARATOR_COLOURS).doesNotHaveDuplicates();
    }

    /** WCAG 2.2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
        }
        return luminance;
    }
}
