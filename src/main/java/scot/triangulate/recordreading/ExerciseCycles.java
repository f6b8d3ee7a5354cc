package scot.triangulate.recordreading;

import java.util.List;

/**
 * The port through which record reading learns a partnership's self-evaluation cycles, so that an exercise can name
 * the cycle it serves without this data module depending on the module above it: self-evaluation provides it.
 */
public interface ExerciseCycles {

    /** A cycle an exercise may serve: its id and title. */
    record CycleChoice(long id, String title) {
    }

    /** The partnership's cycles, newest first. */
    List<CycleChoice> cycles(String partnership);
}
