package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.performance.chart.Charts.parse;
import static scot.triangulate.performance.chart.Charts.withClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SparklineTest {

    private static ChartData series(List<Double> values) {
        return new ChartData("Plans reviewed on time", "", "%", 1, Charts.months(values.size()), values, null, null,
                null, List.of(), List.of(), ChartData.PERCENTAGE_CEILING);
    }

    /** The points of the value line's path, as x and y pairs. */
    private static List<double[]> points(Document document) {
        List<Element> lines = withClass(document, "path", "value");
        assertThat(lines).hasSize(1);
        List<double[]> points = new ArrayList<>();
        for (String point : lines.get(0).getAttribute("d").substring(1).split("L")) {
            String[] xy = point.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    @Test
    void isASmallDecorativeImageHiddenFromScreenReaders() {
        Element root = parse(Sparkline.render(series(List.of(70.0, 75.0, 72.5)))).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(root.getAttribute("focusable")).isEqualTo("false");
        assertThat(root.getAttribute("width")).isEqualTo("96");
        assertThat(root.getAttribute("height")).isEqualTo("28");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 96 28");
        assertThat(root.getElementsByTagName("text").getLength()).isZero();
        assertThat(root.getElementsByTagName("title").getLength()).isZero();
    }

    @Test
    void drawsEveryValueInOrderLeftToRightHigherValuesHigherUp() {
        List<Double> values = List.of(62.0, 70.5, 68.0, 81.0, 79.5, 90.0);
        Document document = parse(Sparkline.render(series(values)));
        List<double[]> points = points(document);
        assertThat(points).hasSize(values.size());
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i)[0]).isGreaterThan(points.get(i - 1)[0]);
            assertThat(Math.signum(points.get(i - 1)[1] - points.get(i)[1]))
                    .as("point %d against %d", i, i - 1).isEqualTo(Math.signum(values.get(i) - values.get(i - 1)));
        }
        for (double[] point : points) {
            assertThat(point[0]).isBetween(0.0, Sparkline.WIDTH);
            assertThat(point[1]).isBetween(0.0, Sparkline.HEIGHT);
        }
        Element latest = withClass(document, "circle", "latest").get(0);
        double[] last = points.get(points.size() - 1);
        assertThat(Double.parseDouble(latest.getAttribute("cx"))).isEqualTo(last[0]);
        assertThat(Double.parseDouble(latest.getAttribute("cy"))).isEqualTo(last[1]);
    }

    @Test
    void aSingleFigureIsAPointAndAFlatSeriesALevelLine() {
        Document single = parse(Sparkline.render(series(List.of(75.0))));
        assertThat(withClass(single, "path", "value")).isEmpty();
        assertThat(withClass(single, "circle", "latest")).hasSize(1);

        List<double[]> flat = points(parse(Sparkline.render(series(List.of(100.0, 100.0, 100.0)))));
        assertThat(flat).extracting(p -> p[1]).containsOnly(flat.get(0)[1]);
        assertThat(flat.get(0)[1]).isBetween(0.0, Sparkline.HEIGHT);
    }
}
