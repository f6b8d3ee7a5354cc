package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.selfevaluation.CheckResult;
import scot.triangulate.selfevaluation.PerspectiveGrade;

/**
 * Perspectives whose grades differ by two levels or more see the indicator (or characteristic of "good")
 * differently: worth discussing before agreeing a grade.
 */
@Component
@Order(4)
class PerspectivesDisagree implements ConsistencyRule {

    static final int LEVELS_APART = 2;

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        List<PerspectiveGrade> grades = facts.perspectiveGrades();
        if (grades.size() < 2) {
            return Optional.empty();
        }
        int max = grades.stream().mapToInt(PerspectiveGrade::grade).max().orElse(0);
        int min = grades.stream().mapToInt(PerspectiveGrade::grade).min().orElse(0);
        if (max - min >= LEVELS_APART) {
            return Optional.of(new CheckResult("PERSPECTIVES_DISAGREE", "check.perspectivesDisagree.name",
                    "check.perspectivesDisagree.reason", List.of(max - min)));
        }
        return Optional.empty();
    }
}
