package scot.triangulate.performance;

import java.util.List;

/** An indicator set file that cannot be used, with every problem found. A bad shipped file stops start-up. */
public class InvalidIndicatorSetException extends RuntimeException {

    public InvalidIndicatorSetException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
    }
}
