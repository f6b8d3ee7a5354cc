package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorChart;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.SignalReading;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.shared.InputRejectedException;

/** The progress of a cycle's improvement plan: what is late, and what the linked indicators show so far. */
@Service
public class ImprovementProgress {

    /** Signals on the latest three points are the ones that say something about the change being tested now. */
    static final int RECENT = 3;

    private final ImprovementPlans plans;
    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final IndicatorCharts charts;

    ImprovementProgress(ImprovementPlans plans, IndicatorCatalogue indicators, IndicatorValues values,
            IndicatorCharts charts) {
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.charts = charts;
    }

    public List<ActionProgress> progress(Cycle cycle, LocalDate today) {
        return plans.actions(cycle).stream().map(a -> progress(cycle, a, today)).toList();
    }

    private ActionProgress progress(Cycle cycle, ImprovementAction action, LocalDate today) {
        boolean overdue = action.overdue(today);
        Optional<Indicator> linked = indicators.find(action.indicatorCode());
        if (linked.isEmpty()) {
            return new ActionProgress(action, overdue, null, null, ActionProgress.Reading.NO_INDICATOR, false, List.of());
        }
        Indicator indicator = linked.get();
        List<IndicatorValue> series = values.series(cycle.partnership(), indicator.code());
        if (series.isEmpty()) {
            return new ActionProgress(action, overdue, indicator, null, ActionProgress.Reading.NO_FIGURE, false, List.of());
        }
        IndicatorValue latest = series.get(series.size() - 1);
        List<SignalReading> signals = List.of();
        boolean charted = false;
        try {
            IndicatorChart chart = charts.chart(cycle.partnership(), indicator.code(), null, null);
            signals = chart.recentSignals(RECENT);
            charted = true;
        } catch (InputRejectedException e) {
            // Fewer than two figures (or none the chart can use): no chart yet, so no signals to read.
        }
        return new ActionProgress(action, overdue, indicator, latest,
                reading(latest.value(), action.baseline(), action.target(), indicator.polarity().goodDirection()),
                charted, signals);
    }

    /**
     * Where the latest figure stands: at or past the target, or better, the same or worse than the baseline. A target
     * on the wrong side of the baseline (below it when higher is better) is never "met": the figure is read against
     * the baseline alone.
     */
    static ActionProgress.Reading reading(BigDecimal latest, BigDecimal baseline, BigDecimal target, int good) {
        boolean targetAhead = target != null && (baseline == null || target.compareTo(baseline) * good > 0);
        if (good != 0 && targetAhead && latest.compareTo(target) * good >= 0) {
            return ActionProgress.Reading.TARGET_MET;
        }
        if (baseline == null) {
            return ActionProgress.Reading.NO_BASELINE;
        }
        int change = latest.compareTo(baseline);
        if (change == 0) {
            return ActionProgress.Reading.NO_CHANGE;
        }
        if (good == 0) {
            return ActionProgress.Reading.CHANGED;
        }
        return change == good ? ActionProgress.Reading.IMPROVED : ActionProgress.Reading.WORSENED;
    }
}
