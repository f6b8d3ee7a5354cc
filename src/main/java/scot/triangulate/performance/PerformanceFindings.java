package scot.triangulate.performance;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import scot.triangulate.framework.IndicatorFinding;
import scot.triangulate.framework.IndicatorFindings;

/**
 * What performance data says about a quality indicator: for each measure linked to it, a finding in the
 * direction of the special-cause signals on its latest points (worse first), or neither when there is none.
 */
@Component
class PerformanceFindings implements IndicatorFindings {

    static final String SOURCE = "PERFORMANCE_DATA";

    private final IndicatorSummaries summaries;
    private final MessageSource messages;

    PerformanceFindings(IndicatorSummaries summaries, MessageSource messages) {
        this.summaries = summaries;
        this.messages = messages;
    }

    @Override
    public List<IndicatorFinding> about(String partnership, String code) {
        List<IndicatorFinding> findings = new ArrayList<>();
        for (IndicatorSummary measure : summaries.linkedTo(partnership, code)) {
            List<SignalReading> worse = measure.unfavourableSignals();
            List<SignalReading> better = measure.favourableSignals();
            List<SignalReading> shown = !worse.isEmpty() ? worse : better;
            IndicatorFinding.Direction direction = !worse.isEmpty() ? IndicatorFinding.Direction.UNFAVOURABLE
                    : !better.isEmpty() ? IndicatorFinding.Direction.FAVOURABLE : IndicatorFinding.Direction.NEITHER;
            findings.add(new IndicatorFinding(SOURCE, direction, measure.indicator().name(), figure(measure),
                    measure.latest().period().label(),
                    shown.stream().map(s -> messages.getMessage("signal." + s.rule(), null, Locale.UK)).distinct().toList(),
                    shown.stream().map(s -> s.period().label()).distinct().toList(),
                    "/partnerships/" + partnership + "/performance/indicators/" + measure.indicator().code()));
        }
        return findings;
    }

    private String figure(IndicatorSummary measure) {
        return measure.latest().value().setScale(measure.indicator().decimals(), RoundingMode.HALF_UP).toPlainString()
                + messages.getMessage(measure.indicator().unitKey(), null, "", Locale.UK);
    }
}
