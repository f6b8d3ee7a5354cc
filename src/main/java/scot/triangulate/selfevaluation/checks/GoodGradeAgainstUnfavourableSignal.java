package scot.triangulate.selfevaluation.checks;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.framework.SixPointScale;
import scot.triangulate.performance.IndicatorSummaries;
import scot.triangulate.performance.IndicatorSummary;
import scot.triangulate.performance.SignalReading;
import scot.triangulate.selfevaluation.CheckResult;

/**
 * A grade of Good or better sits uneasily with a linked measure whose latest points show a special-cause signal
 * in the worse direction (a shift, trend or point beyond the limits against its polarity). The check names the
 * measure, its latest figure and the rules broken, so the evaluators can say why the grade still stands.
 */
@Component
@Order(5)
class GoodGradeAgainstUnfavourableSignal implements ConsistencyRule {

    private final IndicatorSummaries summaries;
    private final MessageSource messages;

    GoodGradeAgainstUnfavourableSignal(IndicatorSummaries summaries, MessageSource messages) {
        this.summaries = summaries;
        this.messages = messages;
    }

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.grade() == null || facts.grade() < SixPointScale.GOOD.value()) {
            return Optional.empty();
        }
        for (IndicatorSummary measure : summaries.linkedTo(facts.partnership(), facts.indicatorCode())) {
            List<SignalReading> worse = measure.unfavourableSignals();
            if (!worse.isEmpty()) {
                String rules = worse.stream().map(s -> messages.getMessage("signal." + s.rule(), null, Locale.UK))
                        .distinct().collect(Collectors.joining(", "));
                String latest = measure.latest().value().setScale(measure.indicator().decimals(), RoundingMode.HALF_UP)
                        .toPlainString() + messages.getMessage(measure.indicator().unitKey(), null, "",
                        Locale.UK);
                String centre = worse.stream().map(SignalReading::period).distinct().map(p -> p.label())
                        .collect(Collectors.joining(", "));
                return Optional.of(new CheckResult("GOOD_GRADE_AGAINST_UNFAVOURABLE_SIGNAL",
                        "check.unfavourableSignal.name", "check.unfavourableSignal.reason",
                        List.of(measure.indicator().name(), latest, measure.latest().period().label(), rules, centre)));
            }
        }
        return Optional.empty();
    }
}
