package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.framework.IndicatorFinding;
import scot.triangulate.framework.IndicatorFindings;
import scot.triangulate.framework.SixPointScale;
import scot.triangulate.selfevaluation.CheckResult;

/**
 * A grade of Good or better sits uneasily with a finding against it: for performance data, a linked measure whose
 * latest points show a special-cause signal in the worse direction (a shift, trend or point beyond the limits
 * against its polarity). The check names the measure, its latest figure and the rules broken, so the evaluators can
 * say why the grade still stands. Findings come through the {@link IndicatorFindings} port, from any source.
 */
@Component
@Order(5)
class GoodGradeAgainstUnfavourableSignal implements ConsistencyRule {

    private final List<IndicatorFindings> sources;

    GoodGradeAgainstUnfavourableSignal(List<IndicatorFindings> sources) {
        this.sources = sources;
    }

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.grade() == null || facts.grade() < SixPointScale.GOOD.value()) {
            return Optional.empty();
        }
        return sources.stream().flatMap(s -> s.about(facts.partnership(), facts.indicatorCode()).stream())
                .filter(f -> f.direction() == IndicatorFinding.Direction.UNFAVOURABLE)
                .findFirst()
                .map(f -> new CheckResult("GOOD_GRADE_AGAINST_UNFAVOURABLE_SIGNAL", "check.unfavourableSignal.name",
                        "check.unfavourableSignal.reason", List.of(f.subject(), f.figure(), f.period(),
                                String.join(", ", f.signals()), String.join(", ", f.periods()))));
    }
}
