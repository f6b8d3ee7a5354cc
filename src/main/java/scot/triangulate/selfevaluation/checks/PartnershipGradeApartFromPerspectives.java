package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.selfevaluation.CheckResult;

/** The partnership grade is two or more levels from every agency's own grade: the agencies do not see it so. */
@Component
@Order(3)
class PartnershipGradeApartFromPerspectives implements ConsistencyRule {

    static final int LEVELS_APART = 2;

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.grade() == null || facts.perspectiveGrades().isEmpty()) {
            return Optional.empty();
        }
        int nearest = facts.perspectiveGrades().stream()
                .mapToInt(g -> Math.abs(g.grade() - facts.grade())).min().orElse(0);
        if (nearest >= LEVELS_APART) {
            return Optional.of(new CheckResult("PARTNERSHIP_GRADE_APART", "check.gradeApart.name", "check.gradeApart.reason",
                    List.of(nearest)));
        }
        return Optional.empty();
    }
}
