package scot.triangulate.performance;

import java.util.List;
import scot.triangulate.shared.InputRejectedException;

/**
 * An import refused as a whole, and nothing changed: either the file itself cannot be read (a message key) or some
 * rows are wrong (the row report, every bad row with its column and reason).
 */
public class ImportRefusedException extends InputRejectedException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
        this.problems = List.of();
    }

    public ImportRefusedException(List<ImportProblem> problems) {
        super("file", "import.rowsRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
