package scot.triangulate.performance.chart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrChart;
import scot.triangulate.performance.spc.XmrOptions;

/** Charts and words for the tests, and the SVG parsed back with the JDK's own XML parser. */
final class Charts {

    private Charts() {
    }

    /** The English words of messages-chart.properties, read as Spring's MessageSource would give them. */
    static ChartWords english() {
        Properties properties = new Properties();
        try (InputStream in = Charts.class.getResourceAsStream("/messages-chart.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ChartWords.from(properties::getProperty);
    }

    /** Monthly periods from April 2022: "Apr 2022", "May 2022", ... */
    static List<String> months(int n) {
        String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        return IntStream.range(0, n).mapToObj(i -> names[(i + 3) % 12] + " " + (2022 + (i + 3) / 12)).toList();
    }

    /** A wavering series around 10 with a jump at the end, so the XmR chart flags the last points. */
    static double[] series(int n) {
        return IntStream.range(0, n).mapToDouble(i -> 10 + 1.5 * Math.sin(i * 1.7) + (i >= n - 2 ? 6 : 0)).toArray();
    }

    /** An XmR chart of {@link #series} with the given comparators. */
    static ChartData xmr(int n, ChartData.Comparator... comparators) {
        double[] values = series(n);
        SpcResult spc = XmrChart.of(values, Baseline.all(n), XmrOptions.DEFAULTS);
        return new ChartData("Children on the child protection register", "XmR chart", "per 1,000 aged 0-15", 1,
                months(n), boxed(values), spc.centre(), spc.lcl(), spc.ucl(), spc.signals(), List.of(comparators));
    }

    static ChartData runChart(String title, List<Double> values, List<Signal> signals) {
        double median = values.stream().sorted().toList().get(values.size() / 2);
        List<Double> centre = Collections.nCopies(values.size(), median);
        return new ChartData(title, "Run chart", "", 0, months(values.size()), values, centre, null, null, signals,
                List.of());
    }

    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    /** The SVG parsed strictly (no DTDs): any markup that is not well-formed fails here. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The elements of the given name whose class attribute includes {@code className}. */
    static List<Element> withClass(Document document, String element, String className) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(className)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Document document, String element) {
        return document.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).item(0).getTextContent();
    }
}
