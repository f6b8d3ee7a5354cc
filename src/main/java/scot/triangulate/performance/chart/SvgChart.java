package scot.triangulate.performance.chart;

import static scot.triangulate.performance.chart.Palette.CENTRE;
import static scot.triangulate.performance.chart.Palette.FLAGGED;
import static scot.triangulate.performance.chart.Palette.GRID;
import static scot.triangulate.performance.chart.Palette.INK;
import static scot.triangulate.performance.chart.Palette.LIMIT;
import static scot.triangulate.performance.chart.Palette.LIMIT_DASH;
import static scot.triangulate.performance.chart.Palette.MUTED;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SignalRule;

/**
 * A run or control chart as a self-contained, accessible SVG 1.1 image, drawn on the server so that a page needs
 * no chart script. Only presentation attributes style it, as a strict Content-Security-Policy forbids inline
 * styles. It is an image with a title and a description for screen readers (the page gives its numbers in a
 * table); flagged points differ in shape as well as colour (WCAG 1.4.1); the colours are in {@link Palette}.
 */
public final class SvgChart {

    static final double WIDTH = 720;
    static final double HEIGHT = 360;

    private static final double MARGIN = 16;
    private static final double RIGHT = WIDTH - 20;
    private static final double TITLE_SIZE = 16;
    private static final double SUBTITLE_SIZE = 12;
    private static final double LABEL_SIZE = 11;
    private static final Locale LOCALE = Locale.UK;

    private final ChartData data;
    private final ChartWords words;
    private final DecimalFormat format;
    private final SvgWriter svg;
    private final Legend legend;
    private final Plot plot;

    private SvgChart(ChartData data, ChartWords words) {
        this.data = data;
        this.words = words;
        format = new DecimalFormat(data.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(data.decimals()),
                DecimalFormatSymbols.getInstance(LOCALE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        svg = new SvgWriter(4096 + data.size() * (100 + 40 * data.comparators().size()));
        YScale scale = scale(data);
        double widestTick = 0;
        for (double tick : scale.ticks()) {
            widestTick = Math.max(widestTick, Lettering.width(number(tick), LABEL_SIZE));
        }
        double left = Math.max(44, MARGIN + widestTick + 8);
        legend = legend(data, words, left);
        double top = data.unit().isEmpty() ? 58 : 74;
        // Below the frame: period labels, then the legend's rows.
        double bottom = HEIGHT - 34 - legend.rows() * Legend.ROW_HEIGHT;
        plot = new Plot(left, RIGHT, top, bottom, data.size(), scale);
    }

    public static String render(ChartData data, ChartWords words) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(words, "words");
        return new SvgChart(data, words).draw();
    }

    private String draw() {
        // Ids unique to the chart's content, so that two different charts on one page keep their own labels.
        String id = "chart-" + Integer.toHexString(Objects.hash(data.title(), data.method(), data.periods(), data.values()));
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 720 360\" width=\"100%\"")
                .raw(" role=\"img\" class=\"chart\" font-family=\"Arial, Helvetica, sans-serif\"")
                .attr("aria-labelledby", id + "-title " + id + "-desc").raw('>')
                .raw("<title").attr("id", id + "-title").raw('>').text(data.title()).raw("</title>")
                .raw("<desc").attr("id", id + "-desc").raw('>').text(description()).raw("</desc>")
                .raw("<rect width=\"720\" height=\"360\"").attr("fill", Palette.GROUND).raw("/>");
        headings();
        valueAxis();
        PeriodAxis.draw(svg, plot, data.periods());
        stepLine(data.lcl(), "limit", LIMIT, LIMIT_DASH);
        stepLine(data.ucl(), "limit", LIMIT, LIMIT_DASH);
        stepLine(data.centre(), "centre", CENTRE, null);
        for (int i = 0; i < data.comparators().size(); i++) {
            comparator(data.comparators().get(i).values(), Palette.comparatorColour(i), Palette.comparatorDash(i));
        }
        series();
        markers();
        legend.draw(svg, plot.bottom() + 28);
        return svg.raw("</svg>").toString();
    }

    /** The summary a screen reader gives: the method, the span of periods, the latest value and the flags. */
    private String description() {
        int n = data.size();
        String latest = number(data.values().get(n - 1)) + (data.unit().isEmpty() ? "" : " " + data.unit());
        String summary = new MessageFormat(words.description(), LOCALE).format(new Object[] {data.method(), n,
            data.periods().get(0), data.periods().get(n - 1), latest, (int) data.flaggedPoints()});
        String axes = new MessageFormat(words.axes(), LOCALE)
                .format(new Object[] {data.unit().isEmpty() ? words.value() : data.unit()});
        return summary + " " + axes;
    }

    /** A value as the chart prints it, never as "-0". */
    private String number(double value) {
        String text = format.format(value);
        if (text.charAt(0) == '-' && text.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return text.substring(1);
        }
        return text;
    }

    private void headings() {
        double width = WIDTH - 2 * MARGIN;
        svg.raw("<text class=\"chart-title\" font-weight=\"bold\"");
        at(MARGIN, 24, TITLE_SIZE, INK).text(Lettering.fit(data.title(), width, TITLE_SIZE)).raw("</text>");
        if (!data.method().isEmpty()) {
            svg.raw("<text class=\"method\"");
            at(MARGIN, 42, SUBTITLE_SIZE, MUTED).text(Lettering.fit(data.method(), width, SUBTITLE_SIZE))
                    .raw("</text>");
        }
        if (!data.unit().isEmpty()) {
            svg.raw("<text class=\"unit\"");
            at(MARGIN, plot.top() - 12, LABEL_SIZE, MUTED).text(Lettering.fit(data.unit(), width, LABEL_SIZE))
                    .raw("</text>");
        }
    }

    /** Position, size and colour of a text element whose start tag is open; closes the tag. */
    private SvgWriter at(double x, double y, double size, String fill) {
        return svg.attr("x", x).attr("y", y).attr("font-size", size).attr("fill", fill).raw('>');
    }

    private void valueAxis() {
        double[] ticks = plot.scale().ticks();
        svg.raw("<path class=\"grid\" fill=\"none\" stroke-width=\"1\"").attr("stroke", GRID).raw(" d=\"");
        for (double tick : ticks) {
            svg.raw('M').num(plot.left()).raw(',').num(plot.y(tick)).raw('H').num(plot.right());
        }
        svg.raw("\"/><g text-anchor=\"end\"").attr("font-size", LABEL_SIZE).attr("fill", Palette.TEXT).raw('>');
        for (double tick : ticks) {
            svg.raw("<text class=\"y-label\"").attr("x", plot.left() - 6).attr("y", plot.y(tick) + 4).raw('>')
                    .text(number(tick)).raw("</text>");
        }
        svg.raw("</g>");
    }

    /**
     * A centre line or limit as steps: each point's level spans half the way to its neighbours, so that per-point
     * limits and a new phase show where they change. A missing entry leaves a gap.
     */
    private void stepLine(List<Double> line, String kind, String colour, String dash) {
        if (line.stream().allMatch(Objects::isNull)) {
            return;
        }
        int n = line.size();
        double half = n > 1 ? plot.spacing() / 2 : 3 * Plot.INSET;
        svg.raw("<path class=\"").raw(kind).raw("\" fill=\"none\" stroke-width=\"1.5\"").attr("stroke", colour);
        if (dash != null) {
            svg.attr("stroke-dasharray", dash);
        }
        svg.raw(" d=\"");
        for (int i = 0; i < n; i++) {
            Double level = line.get(i);
            if (level == null) {
                continue;
            }
            if (i == 0 || line.get(i - 1) == null) {
                svg.raw('M').num(Math.max(plot.left(), plot.x(i) - half)).raw(',').num(plot.y(level));
            } else if (!level.equals(line.get(i - 1))) {
                svg.raw('V').num(plot.y(level));
            }
            if (!level.equals(i + 1 < n ? line.get(i + 1) : null)) {
                svg.raw('H').num(Math.min(plot.right(), plot.x(i) + half));
            }
        }
        svg.raw("\"/>");
    }

    /** A comparator's line, broken where it has no figure; a figure with none either side is a short dash. */
    private void comparator(List<Double> values, String colour, String dash) {
        int n = values.size();
        svg.raw("<path class=\"comparator\" fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\"")
                .attr("stroke", colour).attr("stroke-dasharray", dash).raw(" d=\"");
        for (int i = 0; i < n; i++) {
            Double value = values.get(i);
            if (value == null) {
                continue;
            }
            if (i > 0 && values.get(i - 1) != null) {
                svg.raw('L').num(plot.x(i)).raw(',').num(plot.y(value));
            } else if (i + 1 < n && values.get(i + 1) != null) {
                svg.raw('M').num(plot.x(i)).raw(',').num(plot.y(value));
            } else {
                svg.raw('M').num(plot.x(i) - 4).raw(',').num(plot.y(value)).raw("h8");
            }
        }
        svg.raw("\"/>");
    }

    private void series() {
        valueLine(svg, plot, data.values(), 2);
    }

    /** The line through a series' points, as a chart and a sparkline draw it; nothing for a single point. */
    static void valueLine(SvgWriter svg, Plot plot, List<Double> values, double width) {
        if (values.size() < 2) {
            return;
        }
        svg.raw("<path class=\"value\" fill=\"none\"").attr("stroke-width", width).raw(" stroke-linejoin=\"round\"")
                .attr("stroke", INK).raw(" d=\"");
        for (int i = 0; i < values.size(); i++) {
            svg.raw(i == 0 ? 'M' : 'L').num(plot.x(i)).raw(',').num(plot.y(values.get(i)));
        }
        svg.raw("\"/>");
    }

    /** A circle for each ordinary point; a larger diamond, naming the rules broken, for each flagged one. */
    private void markers() {
        Map<Integer, Set<SignalRule>> flags = new TreeMap<>();
        for (Signal signal : data.signals()) {
            flags.computeIfAbsent(signal.index(), i -> EnumSet.noneOf(SignalRule.class)).add(signal.rule());
        }
        double radius = data.size() > 1 ? Math.max(1.5, Math.min(3.5, plot.spacing() * 0.35)) : 3.5;
        svg.raw("<g class=\"points\"").attr("fill", INK).raw('>');
        for (int i = 0; i < data.size(); i++) {
            if (!flags.containsKey(i)) {
                svg.raw("<circle class=\"point\"").attr("cx", plot.x(i)).attr("cy", plot.y(data.values().get(i)))
                        .attr("r", radius).raw("/>");
            }
        }
        svg.raw("</g><g class=\"flags\" stroke-width=\"1\"").attr("fill", FLAGGED).attr("stroke", INK).raw('>');
        for (Map.Entry<Integer, Set<SignalRule>> flag : flags.entrySet()) {
            int i = flag.getKey();
            String rules = flag.getValue().stream().map(SignalRule::name).collect(Collectors.joining(" "));
            svg.raw("<path class=\"flagged\"").attr("data-rule", rules);
            diamond(svg, plot.x(i), plot.y(data.values().get(i)), radius * 1.6 + 2).raw("/>");
        }
        svg.raw("</g>");
    }

    /** The {@code d} attribute of a diamond centred on (x, y), {@code half} from centre to each corner. */
    static SvgWriter diamond(SvgWriter svg, double x, double y, double half) {
        return svg.raw(" d=\"M").num(x).raw(',').num(y - half).raw('l').num(half).raw(',').num(half)
                .raw('l').num(-half).raw(',').num(half).raw('l').num(-half).raw(',').num(-half).raw("z\"");
    }

    private static YScale scale(ChartData data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<List<Double>> lines = new ArrayList<>(List.of(data.values(), data.centre(), data.lcl(), data.ucl()));
        data.comparators().forEach(c -> lines.add(c.values()));
        for (List<Double> line : lines) {
            for (Double value : line) {
                if (value != null) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        return YScale.covering(min, max, data.decimals(), data.ceiling());
    }

    private static Legend legend(ChartData data, ChartWords words, double left) {
        Legend legend = new Legend(left, RIGHT).add(Legend.Mark.LINE_AND_POINT, words.value(), INK, null);
        if (data.flaggedPoints() > 0) {
            legend.add(Legend.Mark.DIAMOND, words.specialCause(), FLAGGED, null);
        }
        if (data.centre().stream().anyMatch(Objects::nonNull)) {
            legend.add(Legend.Mark.LINE, words.centreLine(), CENTRE, null);
        }
        if (data.hasLimits()) {
            legend.add(Legend.Mark.LINE, words.controlLimits(), LIMIT, LIMIT_DASH);
        }
        for (int i = 0; i < data.comparators().size(); i++) {
            legend.add(Legend.Mark.LINE, data.comparators().get(i).name(), Palette.comparatorColour(i),
                    Palette.comparatorDash(i));
        }
        return legend;
    }
}
