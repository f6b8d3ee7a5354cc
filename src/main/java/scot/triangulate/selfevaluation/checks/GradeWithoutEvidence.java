package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.selfevaluation.CheckResult;

/** A grade must rest on evidence: "How do we know?" */
@Component
@Order(1)
class GradeWithoutEvidence implements ConsistencyRule {

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.grade() != null && facts.citedItems() == 0) {
            return Optional.of(new CheckResult("GRADE_WITHOUT_EVIDENCE", "check.gradeWithoutEvidence.name",
                    "check.gradeWithoutEvidence.reason", List.of()));
        }
        return Optional.empty();
    }
}
