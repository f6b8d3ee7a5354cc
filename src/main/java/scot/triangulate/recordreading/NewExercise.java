package scot.triangulate.recordreading;

import java.time.LocalDate;

/** What a lead gives to create an exercise. */
public record NewExercise(long cycleId, String title, LocalDate firstReadingDay, LocalDate lastReadingDay,
        int targetSize) {
}
