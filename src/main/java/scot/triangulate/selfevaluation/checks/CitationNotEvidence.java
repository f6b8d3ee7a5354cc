package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.selfevaluation.CheckResult;

/**
 * Cited evidence must be evidence a reader can open: an item held back for personal data cannot be cited, and a
 * number no longer in the log points nowhere. Either is reported until the citation is removed or the item cleared.
 */
@Component
@Order(2)
class CitationNotEvidence implements ConsistencyRule {

    @Override
    public Optional<CheckResult> check(EvaluationFacts facts) {
        if (facts.heldCitations().isEmpty() && facts.missingCitations().isEmpty()) {
            return Optional.empty();
        }
        String held = String.join(", ", facts.heldCitations());
        String missing = String.join(", ", facts.missingCitations());
        String reason = facts.missingCitations().isEmpty() ? "check.citationNotEvidence.held"
                : facts.heldCitations().isEmpty() ? "check.citationNotEvidence.missing" : "check.citationNotEvidence.both";
        return Optional.of(new CheckResult("CITATION_NOT_EVIDENCE", "check.citationNotEvidence.name", reason,
                facts.heldCitations().isEmpty() ? List.of(missing) : List.of(held, missing)));
    }
}
