package scot.triangulate.selfevaluation.checks;

import java.util.List;
import java.util.Set;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.selfevaluation.PerspectiveGrade;

/**
 * What the consistency rules look at: the agreed grade, the cited evidence's sources, the perspectives' grades, and
 * the cited document numbers that cannot stand as evidence (held back for personal data, or not in the log).
 */
public record EvaluationFacts(String partnership, String indicatorCode, Integer grade, int citedItems,
        Set<SourceType> citedSources, List<PerspectiveGrade> perspectiveGrades, List<String> heldCitations,
        List<String> missingCitations) {
}
