package scot.triangulate.selfevaluation;

import java.util.List;
import java.util.function.Predicate;

/**
 * How far a cycle's evaluations have got, each count out of the indicators in scope: drafted (an answer to one of
 * the three questions written), graded (at least one independent grade), agreed (a partnership grade) and
 * triangulated (cited evidence from at least three of the four sources).
 */
public record CycleProgress(int inScope, int drafted, int graded, int agreed, int triangulated) {

    static CycleProgress of(Cycle cycle, List<Evaluation> evaluations) {
        List<Evaluation> inScope = evaluations.stream().filter(e -> cycle.indicators().contains(e.indicatorCode())).toList();
        return new CycleProgress(cycle.indicators().size(),
                count(inScope, e -> !e.howGoodNow().isBlank() || !e.howDoWeKnow().isBlank() || !e.whatNext().isBlank()),
                count(inScope, e -> !e.perspectiveGrades().isEmpty() || e.hiddenGrades() > 0),
                count(inScope, e -> e.grade() != null),
                count(inScope, e -> e.triangulation().triangulated()));
    }

    private static int count(List<Evaluation> evaluations, Predicate<Evaluation> test) {
        return (int) evaluations.stream().filter(test).count();
    }

    /** Every indicator in scope has an agreed grade resting on triangulated evidence. */
    public boolean complete() {
        return inScope > 0 && agreed == inScope && triangulated == inScope;
    }
}
