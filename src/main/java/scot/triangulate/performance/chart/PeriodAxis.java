package scot.triangulate.performance.chart;

import java.util.ArrayList;
import java.util.List;

/** The horizontal axis: its line, and the periods of as many points as fit without overlapping. */
final class PeriodAxis {

    static final int MAX_LABELS = 12;
    static final double FONT_SIZE = 11;
    /** Period names are short ("2023/24", "Q1 2024"); a long one is cut so that it cannot crowd out the rest. */
    private static final int MAX_CHARS = 16;
    private static final double LABEL_GAP = 10;

    private PeriodAxis() {
    }

    static void draw(SvgWriter svg, Plot plot, List<String> periods) {
        int n = periods.size();
        String[] labels = new String[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            labels[i] = Lettering.fit(periods.get(i), MAX_CHARS);
            widest = Math.max(widest, Lettering.width(labels[i], FONT_SIZE));
        }
        double spacing = n > 1 ? plot.spacing() : plot.right() - plot.left();
        List<Integer> shown = labelledPoints(n, spacing, widest + LABEL_GAP);
        svg.raw("<path class=\"axis\" fill=\"none\" stroke-width=\"1\"").attr("stroke", Palette.MUTED)
                .raw(" d=\"M").num(plot.left()).raw(',').num(plot.bottom()).raw('H').num(plot.right());
        for (int i : shown) {
            svg.raw('M').num(plot.x(i)).raw(',').num(plot.bottom()).raw("v4");
        }
        svg.raw("\"/><g text-anchor=\"middle\"").attr("font-size", FONT_SIZE).attr("fill", Palette.TEXT).raw('>');
        for (int i : shown) {
            svg.raw("<text class=\"x-label\"").attr("x", plot.x(i)).attr("y", plot.bottom() + 17).raw('>')
                    .text(labels[i]).raw("</text>");
        }
        svg.raw("</g>");
    }

    /**
     * The points whose period is printed: at most {@link #MAX_LABELS}, evenly spaced, no two closer than a label's
     * width, always the first and the last.
     */
    static List<Integer> labelledPoints(int n, double spacing, double labelWidth) {
        if (n == 1) {
            return List.of(0);
        }
        int room = (int) Math.max(2, Math.min(MAX_LABELS, Math.floor((n - 1) * spacing / labelWidth) + 1));
        int stride = (int) Math.max(Math.ceil((n - 1) / (room - 1.0)), Math.ceil(labelWidth / spacing));
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < n; i += stride) {
            points.add(i);
        }
        int last = points.get(points.size() - 1);
        if (last != n - 1) {
            if (last != 0 && (n - 1 - last) * spacing < labelWidth) {
                points.remove(points.size() - 1);
            }
            points.add(n - 1);
        }
        if (points.size() > room) {
            points.remove(points.size() - 2);
        }
        return points;
    }
}
