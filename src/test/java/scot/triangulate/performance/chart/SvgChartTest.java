package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.performance.chart.Charts.english;
import static scot.triangulate.performance.chart.Charts.parse;
import static scot.triangulate.performance.chart.Charts.text;
import static scot.triangulate.performance.chart.Charts.withClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SignalRule;

class SvgChartTest {

    @Test
    void isAnAccessibleImageWithItsTitleAndASummary() {
        String svg = SvgChart.render(Charts.xmr(24), english());
        Document document = parse(svg);
        Element root = document.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 360");
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        assertThat(first(document, "title").getAttribute("id")).isEqualTo(labelledBy[0]);
        assertThat(first(document, "desc").getAttribute("id")).isEqualTo(labelledBy[1]);
        assertThat(text(document, "title")).isEqualTo("Children on the child protection register");
        // The series jumps to 16.0 and 17.5 in the last two months, both beyond the upper limit.
        assertThat(text(document, "desc")).isEqualTo("XmR chart of 24 points, from Apr 2022 to Mar 2024. "
                + "Latest value: 17.5 per 1,000 aged 0-15. 2 points are flagged as special cause. "
                + "Horizontal axis: period. Vertical axis: per 1,000 aged 0-15.");
    }

    @Test
    void aPercentageChartsAxisRunsFrom0To100AtMost() {
        // A P chart with small denominators: the upper limit is clipped to 100%, and so is the axis.
        int n = 12;
        List<Double> values = IntStream.range(0, n).mapToObj(i -> i % 2 == 0 ? 80.0 : 95.0).toList();
        List<Double> centre = Collections.nCopies(n, 87.5);
        List<Double> lcl = Collections.nCopies(n, 55.0);
        List<Double> ucl = Collections.nCopies(n, 100.0);
        ChartData percentage = new ChartData("Plans reviewed on time", "P chart", "%", 1, Charts.months(n), values, centre,
                lcl, ucl, List.of(), List.of(), ChartData.PERCENTAGE_CEILING);

        List<Double> ticks = withClass(parse(SvgChart.render(percentage, english())), "text", "y-label").stream()
                .map(e -> Double.parseDouble(e.getTextContent().replace(",", ""))).toList();
        assertThat(ticks).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(0.0, 100.0));
        assertThat(ticks).contains(100.0);
    }

    @Test
    void needsNoStylesScriptsOrFetches() {
        String svg = SvgChart.render(Charts.xmr(24, scotland(24)), english());

        assertThat(svg).doesNotContain("style", "<script", "href", "url(", "@import", "NaN", "Infinity");
    }

    @Test
    void drawsOneMarkerPerPointWithFlaggedPointsAsDiamonds() {
        List<Double> values = Charts.boxed(Charts.series(30));
        List<Signal> signals = List.of(new Signal(3, SignalRule.SHIFT), new Signal(3, SignalRule.TREND),
                new Signal(29, SignalRule.OUTSIDE_LIMITS));
        Document document = parse(SvgChart.render(Charts.runChart("Flags", values, signals), english()));

        List<Element> points = withClass(document, "circle", "point");
        List<Element> flagged = withClass(document, "path", "flagged");
        assertThat(points.size() + flagged.size()).isEqualTo(30);
        assertThat(flagged).extracting(e -> e.getAttribute("data-rule"))
                .containsExactly("SHIFT TREND", "OUTSIDE_LIMITS");
        assertThat(flagged).allSatisfy(e -> assertThat(e.getAttribute("d")).matches("M[^l]+(l[^l]+){3}z"));
        assertThat(((Element) flagged.get(0).getParentNode()).getAttribute("fill")).isEqualTo(Palette.FLAGGED);
        assertThat(((Element) points.get(0).getParentNode()).getAttribute("fill")).isEqualTo(Palette.INK);
        assertThat(legend(document)).containsExactly("Value", "Special cause", "Centre line");
    }

    @Test
    void drawsLimitsOnlyWhenTheChartHasThem() {
        ChartData run = Charts.runChart("Run", Charts.boxed(Charts.series(12)), List.of());
        Document runChart = parse(SvgChart.render(run, english()));
        Document xmr = parse(SvgChart.render(Charts.xmr(12), english()));

        assertThat(withClass(runChart, "path", "limit")).isEmpty();
        assertThat(withClass(runChart, "path", "centre")).hasSize(1);
        assertThat(legend(runChart)).doesNotContain("Control limits");
        assertThat(withClass(xmr, "path", "limit")).hasSize(2)
                .allSatisfy(e -> assertThat(e.getAttribute("stroke-dasharray")).isEqualTo(Palette.LIMIT_DASH));
        assertThat(withClass(xmr, "path", "centre").get(0).hasAttribute("stroke-dasharray")).isFalse();
        assertThat(legend(xmr)).contains("Control limits", "Centre line");
    }

    @Test
    void drawsLimitsThatChangeBetweenPointsAsSteps() {
        List<Double> values = List.of(0.20, 0.25, 0.22, 0.30, 0.28);
        List<Double> centre = List.of(0.25, 0.25, 0.25, 0.27, 0.27);
        List<Double> ucl = List.of(0.40, 0.35, 0.38, 0.36, 0.36);
        List<Double> lcl = Arrays.asList(0.10, 0.15, null, 0.18, 0.18);
        ChartData data = new ChartData("Proportion", "P chart", "%", 2, Charts.months(5), values, centre, lcl, ucl,
                List.of(), List.of());
        Document document = parse(SvgChart.render(data, english()));

        String upper = withClass(document, "path", "limit").get(1).getAttribute("d");
        assertThat(upper.chars().filter(c -> c == 'V').count()).isEqualTo(3);
        String lower = withClass(document, "path", "limit").get(0).getAttribute("d");
        assertThat(lower.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(withClass(document, "path", "centre").get(0).getAttribute("d")).containsOnlyOnce("V");
    }

    @Test
    void drawsComparatorsWithTheirOwnDashesAndNamesInTheLegend() {
        List<Double> family = new ArrayList<>(Charts.boxed(Charts.series(24)));
        family.set(5, null);
        family.set(7, null);
        ChartData data = Charts.xmr(24, scotland(24), new ChartData.Comparator("Family group", family),
                new ChartData.Comparator("Similar areas", Collections.nCopies(24, 11.0)));
        Document document = parse(SvgChart.render(data, english()));

        List<Element> lines = withClass(document, "path", "comparator");
        assertThat(lines).hasSize(3);
        assertThat(lines).extracting(e -> e.getAttribute("stroke-dasharray")).doesNotHaveDuplicates()
                .doesNotContain(Palette.LIMIT_DASH, "");
        assertThat(lines).extracting(e -> e.getAttribute("stroke")).doesNotHaveDuplicates()
                .doesNotContain(Palette.INK, Palette.CENTRE, Palette.LIMIT, Palette.FLAGGED);
        // Missing at points 5 and 7, the family group's line breaks twice, leaving point 6 as a dash of its own.
        assertThat(lines.get(1).getAttribute("d").chars().filter(c -> c == 'M').count()).isEqualTo(3);
        assertThat(lines.get(1).getAttribute("d")).contains("h8");
        assertThat(legend(document)).containsSubsequence("Scotland", "Family group", "Similar areas");
    }

    @Test
    void escapesEveryText() {
        String title = "<script>alert('x')</script> & \"more\"";
        List<Double> values = List.of(1.0, 2.0, 3.0);
        ChartData data = new ChartData(title, "Run & <chart>", "per <1,000>", 0, List.of("Q1 <b>", "Q2 &", "Q3 \u0007"),
                values, null, null, null, List.of(), List.of(new ChartData.Comparator("A & B <i>", values)));
        String svg = SvgChart.render(data, english());
        Document document = parse(svg);

        assertThat(svg).doesNotContain("<script", "<b>", "<i>", "<chart>").contains("&lt;script&gt;", "&amp;");
        assertThat(text(document, "title")).isEqualTo(title);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(withClass(document, "text", "x-label")).extracting(Element::getTextContent)
                .containsExactly("Q1 <b>", "Q2 &", "Q3 ");
        assertThat(legend(document)).contains("A & B <i>");
    }

    @Test
    void cutsALongTitleOnTheChartButGivesItInFullToScreenReaders() {
        String title = "Percentage of looked after children with three or more placements in the year, "
                + "by local authority and by age group, compared with Scotland and the family group";
        ChartData data = Charts.runChart(title, List.of(1.0, 2.0), List.of());
        Document document = parse(SvgChart.render(data, english()));

        String drawn = withClass(document, "text", "chart-title").get(0).getTextContent();
        assertThat(drawn).endsWith("\u2026").hasSizeLessThan(title.length());
        assertThat(title).startsWith(drawn.substring(0, drawn.length() - 1));
        assertThat(Lettering.width(drawn, 16)).isLessThanOrEqualTo(SvgChart.WIDTH - 32);
        assertThat(text(document, "title")).isEqualTo(title);
    }

    @Test
    void printsAtMostTwelvePeriodsIncludingTheFirstAndLast() {
        for (int n : new int[] {2, 12, 13, 24, 60, 120, 501}) {
            Document document = parse(SvgChart.render(Charts.xmr(n), english()));
            List<Element> labels = withClass(document, "text", "x-label");
            List<String> months = Charts.months(n);

            assertThat(labels).as("%d points", n).hasSizeBetween(2, PeriodAxis.MAX_LABELS);
            assertThat(labels.get(0).getTextContent()).isEqualTo(months.get(0));
            assertThat(labels.get(labels.size() - 1).getTextContent()).isEqualTo(months.get(n - 1));
            double width = Lettering.width("Apr 2022", PeriodAxis.FONT_SIZE);
            for (int i = 1; i < labels.size(); i++) {
                double gap = x(labels.get(i)) - x(labels.get(i - 1));
                assertThat(gap).as("%d points, label %d", n, i).isGreaterThanOrEqualTo(width);
            }
            assertThat(withClass(document, "circle", "point").size() + withClass(document, "path", "flagged").size())
                    .isEqualTo(n);
        }
    }

    @Test
    void drawsASinglePointAndAFlatSeriesWithANormalAxis() {
        ChartData one = new ChartData("One", "XmR chart", "", 1, List.of("2024"), List.of(7.0), List.of(7.0),
                List.of(7.0), List.of(7.0), List.of(), List.of());
        ChartData flat = Charts.runChart("Flat", Collections.nCopies(10, 0.0), List.of());

        for (ChartData data : List.of(one, flat)) {
            String svg = SvgChart.render(data, english());
            Document document = parse(svg);

            assertThat(svg).doesNotContain("NaN", "Infinity");
            assertThat(withClass(document, "text", "y-label")).hasSizeBetween(YScale.MIN_TICKS, YScale.MAX_TICKS);
            assertThat(withClass(document, "circle", "point")).hasSize(data.size());
        }
        assertThat(text(parse(SvgChart.render(one, english())), "desc"))
                .startsWith("XmR chart of one point, for 2024. Latest value: 7.0. No point is flagged");
    }

    @Test
    void printsValuesWithTheChartsDecimalPlaces() {
        ChartData data = new ChartData("Rates", "U chart", "", 2, Charts.months(3), List.of(1234.5, 2.0, -0.001),
                null, null, null, List.of(), List.of());
        Document document = parse(SvgChart.render(data, english()));

        assertThat(text(document, "desc")).contains("Latest value: 0.00.");
        assertThat(withClass(document, "text", "y-label")).extracting(Element::getTextContent)
                .allMatch(label -> label.matches("-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"))
                .noneMatch(label -> label.startsWith("-0.00"));
    }

    @Test
    void keepsA500PointChartSmall() {
        String svg = SvgChart.render(Charts.xmr(500, scotland(500)), english());
        Document document = parse(svg);

        assertThat(withClass(document, "circle", "point").size() + withClass(document, "path", "flagged").size())
                .isEqualTo(500);
        assertThat(svg).hasSizeLessThan(100_000);
    }

    private static ChartData.Comparator scotland(int n) {
        return new ChartData.Comparator("Scotland",
                IntStream.range(0, n).mapToObj(i -> 9.5 + Math.cos(i * 0.5)).toList());
    }

    private static Element first(Document document, String element) {
        return (Element) document.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).item(0);
    }

    private static List<String> legend(Document document) {
        return withClass(document, "g", "legend-item").stream().map(Element::getTextContent).toList();
    }

    private static double x(Element element) {
        return Double.parseDouble(element.getAttribute("x"));
    }
}
