package scot.triangulate.selfevaluation.checks;

import java.util.Optional;
import scot.triangulate.selfevaluation.CheckResult;

/**
 * A consistency check on an evaluation. Each rule has a name and a reason shown to the user; adding a rule
 * is writing one class implementing this interface as a Spring component.
 */
public interface ConsistencyRule {

    /** The rule's result if the evaluation breaks it. */
    Optional<CheckResult> check(EvaluationFacts facts);
}
