package scot.triangulate.performance.chart;

import java.util.ArrayList;
import java.util.List;

/** The key under a chart: one entry per kind of mark drawn, laid out left to right and wrapped into rows. */
final class Legend {

    static final double ROW_HEIGHT = 20;
    private static final double SWATCH = 24;
    private static final double GAP = 6;
    private static final double SPACING = 20;
    private static final double FONT_SIZE = 12;
    /** Comparator names are the caller's and can be long; the chart's table gives them in full. */
    private static final int MAX_CHARS = 40;

    enum Mark { LINE_AND_POINT, DIAMOND, LINE }

    private record Entry(Mark mark, String label, String colour, String dash, double x, int row, double width) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final double left;
    private final double right;

    Legend(double left, double right) {
        this.left = left;
        this.right = right;
    }

    /** An entry; {@code dash} is a stroke-dasharray, or null for a solid line. */
    Legend add(Mark mark, String label, String colour, String dash) {
        String fitted = Lettering.fit(label, MAX_CHARS);
        double width = SWATCH + GAP + Lettering.width(fitted, FONT_SIZE);
        double x = left;
        int row = 0;
        if (!entries.isEmpty()) {
            Entry last = entries.get(entries.size() - 1);
            x = last.x() + last.width() + SPACING;
            row = last.row();
            if (x + width > right) {
                x = left;
                row++;
            }
        }
        entries.add(new Entry(mark, fitted, colour, dash, x, row, width));
        return this;
    }

    int rows() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).row() + 1;
    }

    void draw(SvgWriter svg, double top) {
        svg.raw("<g class=\"legend\"").attr("font-size", FONT_SIZE).attr("fill", Palette.TEXT).raw('>');
        for (Entry entry : entries) {
            double x = entry.x();
            double baseline = top + entry.row() * ROW_HEIGHT + 14;
            double middle = baseline - 4;
            svg.raw("<g class=\"legend-item\">");
            if (entry.mark() != Mark.DIAMOND) {
                svg.raw("<path fill=\"none\" stroke-width=\"2\"").attr("stroke", entry.colour());
                if (entry.dash() != null) {
                    svg.attr("stroke-dasharray", entry.dash());
                }
                svg.raw(" d=\"M").num(x).raw(',').num(middle).raw('h').num(SWATCH).raw("\"/>");
            }
            if (entry.mark() == Mark.LINE_AND_POINT) {
                svg.raw("<circle r=\"3.5\"").attr("cx", x + SWATCH / 2).attr("cy", middle)
                        .attr("fill", entry.colour()).raw("/>");
            } else if (entry.mark() == Mark.DIAMOND) {
                svg.raw("<path stroke-width=\"1\"").attr("fill", entry.colour()).attr("stroke", Palette.INK);
                SvgChart.diamond(svg, x + SWATCH / 2, middle, 6).raw("/>");
            }
            svg.raw("<text").attr("x", x + SWATCH + GAP).attr("y", baseline).raw('>').text(entry.label())
                    .raw("</text></g>");
        }
        svg.raw("</g>");
    }
}
