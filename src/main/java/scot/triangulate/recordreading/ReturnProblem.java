package scot.triangulate.recordreading;

import java.util.List;

/** One problem in a pre-inspection return: its row (the header is row 1), its column and why, as a message key. */
public record ReturnProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ReturnProblem(int row, String column, String messageKey, Object... arguments) {
        this(row, column, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
