package scot.triangulate.recordreading;

import java.util.List;

/** An exercise with its population counted by category and its sample, as its page and the API show it. */
public record ExerciseDetails(RecordReadingExercise exercise, List<CategoryCount> population, int populationSize,
        List<SampledRecord> sample, List<SampledRecord> swappedOut) {

    /** A category's records in the population and in the sample. */
    public record CategoryCount(RecordCategory category, int records, int sampled) {
    }
}
