package scot.triangulate.performance;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import scot.triangulate.performance.chart.ChartData;
import scot.triangulate.performance.chart.ChartWords;
import scot.triangulate.performance.chart.Sparkline;
import scot.triangulate.performance.chart.SvgChart;
import scot.triangulate.performance.spc.Signal;

/**
 * Turns an indicator's chart into the SVG drawn on its page and offered for download, with the method named, and its
 * latest figures into the dashboard's trend lines.
 */
@Component
public class ChartViews {

    private final MessageSource messages;

    ChartViews(MessageSource messages) {
        this.messages = messages;
    }

    public String svg(IndicatorChart chart) {
        ChartWords words = ChartWords.from(key -> messages.getMessage(key, null, key, Locale.UK));
        return SvgChart.render(data(chart), words);
    }

    public ChartData data(IndicatorChart chart) {
        Indicator indicator = chart.indicator();
        List<ChartData.Comparator> comparators = new ArrayList<>();
        for (ComparatorLine line : chart.comparators()) {
            if (line.values().stream().anyMatch(v -> v != null)) {
                comparators.add(new ChartData.Comparator(comparatorName(line), line.values()));
            }
        }
        List<Signal> signals = chart.result().signals();
        return new ChartData(indicator.name(), method(chart.chart()), unit(indicator), indicator.decimals(),
                chart.periods().stream().map(Period::label).toList(), chart.figures(), chart.centre(), chart.lcl(),
                chart.ucl(), signals, comparators, indicator.isProportion() ? ChartData.PERCENTAGE_CEILING : null);
    }

    /** Each summary's trend as a sparkline with its figures in words, by indicator code. */
    public Map<String, TrendLine> trends(List<IndicatorSummary> summaries) {
        MessageFormat trend = pattern("dashboard.trend");
        Map<PeriodType, MessageFormat> figure = new EnumMap<>(PeriodType.class);
        for (PeriodType type : PeriodType.values()) {
            figure.put(type, pattern("dashboard.trend.figure." + type.name()));
        }
        Map<String, TrendLine> trends = new HashMap<>();
        for (IndicatorSummary summary : summaries) {
            Indicator indicator = summary.indicator();
            String unit = unit(indicator);
            StringJoiner words = new StringJoiner(", ");
            List<Double> values = new ArrayList<>(summary.trend().size());
            for (IndicatorValue value : summary.trend()) {
                words.add(figure.get(indicator.periodType()).format(new Object[] {
                    indicator.display(value.value()) + unit, value.period().inWords()}));
                values.add(value.value().doubleValue());
            }
            ChartData data = new ChartData(indicator.name(), "", unit, indicator.decimals(),
                    summary.trend().stream().map(v -> v.period().label()).toList(), values, null, null, null, null,
                    null, indicator.isProportion() ? ChartData.PERCENTAGE_CEILING : null);
            trends.put(indicator.code(), new TrendLine(Sparkline.render(data), trend.format(new Object[] {words.toString()})));
        }
        return trends;
    }

    /** A message's pattern, to format many times in one request without the message source's shared formats. */
    private MessageFormat pattern(String key) {
        return new MessageFormat(messages.getMessage(key, null, Locale.UK), Locale.UK);
    }

    public String method(String chart) {
        return messages.getMessage("chart.method." + chart, null, Locale.UK);
    }

    public String comparatorName(ComparatorLine line) {
        return line.name() != null ? line.name() : messages.getMessage(line.messageKey(), null, Locale.UK);
    }

    public String unit(Indicator indicator) {
        return messages.getMessage(indicator.unitKey(), null, "", Locale.UK);
    }
}
