package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.util.List;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.SignalReading;

/**
 * How one action is going: late or not, and for an action with an indicator, its latest figure read against the
 * baseline and target, and any special-cause signals on the latest {@value ImprovementProgress#RECENT} points.
 * {@code indicator} and {@code latest} are null when there is no indicator or no figure; {@code charted} says
 * whether there were enough figures for a chart (two or more).
 */
public record ActionProgress(ImprovementAction action, boolean overdue, Indicator indicator, IndicatorValue latest,
        Reading reading, boolean charted, List<SignalReading> signals) {

    /** The latest figure against the baseline and target, read in the indicator's good direction. */
    public enum Reading {
        NO_INDICATOR, NO_FIGURE, NO_BASELINE, TARGET_MET, IMPROVED, NO_CHANGE, WORSENED, CHANGED;

        public String messageKey() {
            return "improvement.reading." + name();
        }
    }

    public boolean anyUnfavourable() {
        return signals.stream().anyMatch(SignalReading::unfavourable);
    }

    public BigDecimal latestValue() {
        return latest == null ? null : latest.value();
    }
}
