package scot.triangulate.shared;

import java.util.List;

/**
 * Input refused before anything changes, with the field it concerns and a message key (and arguments) from the
 * messages files that says why and what to do. Each module names its own kind.
 */
public class InputRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InputRejectedException(String field, String messageKey, Object... arguments) {
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

    /** The HTTP status an API answers with: 422 unless the kind of refusal says otherwise. */
    public int httpStatus() {
        return 422;
    }
}
