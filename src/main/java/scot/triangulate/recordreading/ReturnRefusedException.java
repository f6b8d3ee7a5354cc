package scot.triangulate.recordreading;

import java.util.List;
import scot.triangulate.shared.InputRejectedException;

/**
 * A pre-inspection return refused as a whole, and nothing stored: the file cannot be read (a message key), or some
 * rows are wrong (the row report: every problem with its row, column and reason).
 */
public class ReturnRefusedException extends InputRejectedException {

    private final List<ReturnProblem> problems;

    public ReturnRefusedException(String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
        this.problems = List.of();
    }

    public ReturnRefusedException(List<ReturnProblem> problems) {
        super("file", "return.rowsRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ReturnProblem> problems() {
        return problems;
    }
}
