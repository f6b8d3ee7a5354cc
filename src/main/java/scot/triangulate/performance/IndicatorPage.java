package scot.triangulate.performance;

import java.util.List;

/**
 * What an indicator's page shows of a partnership's figures: the series, its phases and summary, and both charts
 * drawn with the table of their numbers; or, when the data cannot make the chart asked for, why not.
 */
public record IndicatorPage(List<IndicatorValue> series, Phases phases, IndicatorSummary summary,
        IndicatorChart control, String controlSvg, IndicatorChart run, String runSvg, ChartTable table,
        String problemKey, List<Object> problemArguments) {

    public boolean hasCharts() {
        return problemKey == null;
    }
}
