package scot.triangulate.performance.chart;

import java.util.List;
import java.util.Objects;

/**
 * A series' line drawn small, to sit beside its latest figure in a table: the chart's own value line on the chart's
 * own scale, without axes or words, the latest point marked. It is hidden from screen readers, so the page must give
 * the same figures in words beside it.
 */
public final class Sparkline {

    static final double WIDTH = 96;
    static final double HEIGHT = 28;
    private static final double LINE = 1.5;
    private static final double LATEST = 2.5;
    /** Room for the latest point's mark inside the frame. */
    private static final double MARGIN = LATEST + 1;

    private Sparkline() {
    }

    /** The line of the data's values with its number of decimals and ceiling; its words, limits and signals unused. */
    public static String render(ChartData data) {
        Objects.requireNonNull(data, "data");
        List<Double> values = data.values();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Plot plot = new Plot(0, WIDTH, MARGIN, HEIGHT - MARGIN, values.size(),
                YScale.covering(min, max, data.decimals(), data.ceiling()), MARGIN);
        SvgWriter svg = new SvgWriter(256 + values.size() * 16);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 96 28\" width=\"96\"")
                .raw(" height=\"28\" class=\"sparkline\" aria-hidden=\"true\" focusable=\"false\">");
        SvgChart.valueLine(svg, plot, values, LINE);
        int last = values.size() - 1;
        svg.raw("<circle class=\"latest\"").attr("cx", plot.x(last)).attr("cy", plot.y(values.get(last)))
                .attr("r", LATEST).attr("fill", Palette.INK).raw("/>");
        return svg.raw("</svg>").toString();
    }
}
