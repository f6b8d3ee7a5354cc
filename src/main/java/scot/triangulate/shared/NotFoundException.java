package scot.triangulate.shared;

/** Something asked for by id does not exist (or is not visible to the asker): answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " '" + id + "'");
    }
}
