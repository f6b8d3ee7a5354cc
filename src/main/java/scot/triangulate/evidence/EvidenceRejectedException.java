package scot.triangulate.evidence;

import java.util.List;

/**
 * Evidence refused before anything is stored, with the field it concerns and a message key (and arguments)
 * from messages.properties that says why and what to do.
 */
public class EvidenceRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public EvidenceRejectedException(String field, String messageKey, Object... arguments) {
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
