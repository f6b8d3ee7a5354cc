package scot.triangulate.recordreading.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the record-reading pages, each carrying the exercise's version where it changes one. */
final class ExerciseForms {

    private ExerciseForms() {
    }

    record ExerciseForm(@NotBlank(message = "{exercise.title.required}") @Size(max = 200, message = "{exercise.title.long.plain}") String title,
            @NotNull(message = "{exercise.cycle.required}") Long cycleId,
            @NotNull(message = "{exercise.firstReadingDay.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstReadingDay,
            @NotNull(message = "{exercise.lastReadingDay.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastReadingDay,
            @NotNull(message = "{exercise.targetSize.range}") @Min(value = 1, message = "{exercise.targetSize.range}")
            @Max(value = 500, message = "{exercise.targetSize.range}") Integer targetSize) {
    }

    record DrawForm(@Pattern(regexp = "|0|[1-9][0-9]{0,17}", message = "{sample.seed.invalid}") String seed, Integer version) {
    }

    record AddForm(@NotBlank(message = "{sample.reference.required}") String addReference,
            @NotBlank(message = "{sample.reason.required}") @Size(max = 500, message = "{sample.reason.long.plain}") String addReason,
            Integer version) {
    }

    record SwapForm(@NotBlank(message = "{sample.label.unknown}") String label,
            @NotBlank(message = "{sample.reference.required}") String swapReference,
            @NotBlank(message = "{sample.reason.required}") @Size(max = 500, message = "{sample.reason.long.plain}") String swapReason,
            Integer version) {
    }
}
