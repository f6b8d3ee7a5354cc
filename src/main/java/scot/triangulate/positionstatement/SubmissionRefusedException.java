package scot.triangulate.positionstatement;

import java.util.List;

/** The statement did not pass its checks, so it was not submitted; the problems say what to fix. */
public class SubmissionRefusedException extends RuntimeException {

    private final transient List<Problem> problems;

    public SubmissionRefusedException(List<Problem> problems) {
        super(problems.size() + " problems stop the position statement being submitted");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
