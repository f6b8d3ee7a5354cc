package scot.triangulate.recordreading;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A record-reading exercise: a partnership's reading of a sample of children's records over its reading days, for one
 * of its self-evaluation cycles. {@code seed} is set once the sample is drawn; {@code version} guards every change.
 */
public record RecordReadingExercise(long id, String partnership, Long cycleId, String title, LocalDate firstReadingDay,
        LocalDate lastReadingDay, int targetSize, String populationFile, OffsetDateTime populationLoadedAt, Long seed,
        String sampledBy, OffsetDateTime sampledAt, int version, String createdBy, OffsetDateTime createdAt) {

    public boolean sampled() {
        return seed != null;
    }

    public boolean hasPopulation() {
        return populationLoadedAt != null;
    }

    /** Sample labels have three digits when the target is over 99 (R001), else two (R01). */
    public String label(int number) {
        return String.format(targetSize > 99 ? "R%03d" : "R%02d", number);
    }
}
