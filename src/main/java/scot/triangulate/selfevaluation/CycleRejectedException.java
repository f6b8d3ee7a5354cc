package scot.triangulate.selfevaluation;

import java.util.List;

/** A self-evaluation change refused, with the field concerned and a message key saying why. */
public class CycleRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public CycleRejectedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
