package scot.triangulate.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import scot.triangulate.performance.chart.ChartData;
import scot.triangulate.performance.chart.ChartWords;
import scot.triangulate.performance.chart.PngChart;
import scot.triangulate.performance.chart.SvgChart;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrChart;
import scot.triangulate.performance.spc.XmrOptions;

/**
 * A ten-year monthly indicator as the indicator page draws it: the XmR chart of 120 points computed, then drawn
 * as SVG with three comparators (Scotland, the family group, a neighbouring partnership); and that SVG converted
 * to a 1,440-pixel PNG for the exports. The words are the English ones of messages-chart.properties.
 * Target: the SVG well under 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ChartBenchmark {

    static final int POINTS = 120;
    static final int PNG_WIDTH = 1440;

    private final double[] values = new double[POINTS];
    private final List<String> periods = new ArrayList<>();
    private final List<ChartData.Comparator> comparators = new ArrayList<>();
    private ChartWords words;
    private String svg;

    @Setup
    public void makeSeries() {
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        List<Double> scotland = new ArrayList<>();
        List<Double> family = new ArrayList<>();
        List<Double> neighbour = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            // A seasonal rate per 1,000 with a shift in the last year, so that the chart flags points.
            values[i] = 4.2 + 0.6 * Math.sin(i * Math.PI / 6) + 0.3 * Math.cos(i * 1.3) + (i >= 108 ? 1.4 : 0);
            periods.add(months[(i + 3) % 12] + " " + (2015 + (i + 3) / 12));
            scotland.add(3.9 + 0.2 * Math.sin(i * Math.PI / 6));
            family.add(i % 12 == 5 ? null : 4.4 + 0.4 * Math.cos(i * Math.PI / 6));
            neighbour.add(i < 24 ? null : 3.6 + 0.5 * Math.sin(i * 0.7));
        }
        comparators.add(new ChartData.Comparator("Scotland", scotland));
        comparators.add(new ChartData.Comparator("Family group", family));
        comparators.add(new ChartData.Comparator("Falkirk", neighbour));
        words = ChartWords.from(english()::getProperty);
        // One run of each outside the measurement, so a broken chart fails here rather than being timed.
        svg = svg();
        if (!svg.contains("class=\"flagged\"") || png().length < 10_000) {
            throw new IllegalStateException("Unrealistic chart: no flagged points or an empty PNG");
        }
    }

    @Benchmark
    public String svg() {
        SpcResult spc = XmrChart.of(values, Baseline.all(POINTS), XmrOptions.DEFAULTS);
        List<Double> boxed = new ArrayList<>(POINTS);
        for (double value : values) {
            boxed.add(value);
        }
        ChartData data = new ChartData("Children referred to the Children's Reporter on care and protection grounds",
                "XmR chart", "per 1,000 aged 0-15", 1, periods, boxed, spc.centre(), spc.lcl(), spc.ucl(),
                spc.signals(), comparators);
        return SvgChart.render(data, words);
    }

    @Benchmark
    public byte[] png() {
        return PngChart.render(svg, PNG_WIDTH);
    }

    private static Properties english() {
        Properties properties = new Properties();
        try (InputStream in = ChartBenchmark.class.getResourceAsStream("/messages-chart.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
