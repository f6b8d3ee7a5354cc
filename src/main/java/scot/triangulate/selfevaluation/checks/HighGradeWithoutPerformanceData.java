package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.framework.SixPointScale;
import scot.triangulate.selfevaluation.CheckResult;

/** A grade of Very good or Excellent should be borne out by performance data, not only by documents and views. */
@Component
@Order(2)
class HighGradeWithoutPerformanceData implements ConsistencyRule {

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.grade() != null && facts.grade() >= SixPointScale.VERY_GOOD.value()
                && !facts.citedSources().contains(SourceType.PERFORMANCE_DATA)) {
            return Optional.of(new CheckResult("HIGH_GRADE_WITHOUT_PERFORMANCE_DATA", "check.highGradeWithoutData.name",
                    "check.highGradeWithoutData.reason", List.of()));
        }
        return Optional.empty();
    }
}
