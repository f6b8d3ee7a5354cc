package scot.triangulate.performance;

import java.util.List;

/** One reason a row of an import was refused: its row number as a spreadsheet shows it, the column and why. */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ImportProblem(int row, String column, String messageKey, Object... arguments) {
        this(row, column, messageKey, List.of(arguments));
    }
}
