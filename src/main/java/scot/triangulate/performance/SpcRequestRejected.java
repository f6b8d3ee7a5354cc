package scot.triangulate.performance;

/** A series that cannot be charted, naming the request field at fault (e.g. {@code values[3]}). */
public class SpcRequestRejected extends RuntimeException {

    private final String field;

    public SpcRequestRejected(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
