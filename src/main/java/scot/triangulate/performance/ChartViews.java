package scot.triangulate.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import scot.triangulate.performance.chart.ChartData;
import scot.triangulate.performance.chart.ChartWords;
import scot.triangulate.performance.chart.SvgChart;
import scot.triangulate.performance.spc.Signal;

/** Turns an indicator's chart into the SVG drawn on its page and offered for download, with the method named. */
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
