package scot.triangulate.positionstatement;

import java.util.List;

/** The result of the submission checks: the statement's words against its limit, and every problem found. */
public record Checks(int wordCount, int wordLimit, List<Problem> problems) {

    public Checks {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
