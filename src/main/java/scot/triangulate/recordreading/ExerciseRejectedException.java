package scot.triangulate.recordreading;

import scot.triangulate.shared.InputRejectedException;

/** A change to an exercise refused before anything changed, naming the field and why. */
public class ExerciseRejectedException extends InputRejectedException {

    public ExerciseRejectedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
