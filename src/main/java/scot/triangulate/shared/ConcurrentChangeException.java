package scot.triangulate.shared;

/** Someone else saved the same thing since it was read: answered with 409 and never silently overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String kind, String id) {
        super("The " + kind + " '" + id + "' was changed by someone else since you opened it");
    }
}
