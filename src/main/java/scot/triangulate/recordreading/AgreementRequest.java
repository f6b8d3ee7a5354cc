package scot.triangulate.recordreading;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Readings to compare, as posted to {@code /api/agreement}: one array per record holding each reader's grade in
 * the same order (null where a reader did not read it), and the scale they graded on. Anything may be missing or
 * wrong; {@link InterRaterAgreement} says what.
 */
@Schema(description = "Grades given by several readers to the same records, and the scale they graded on.")
public record AgreementRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "One array per record (at least 2), each with "
                + "one entry per reader in the same reader order (at least 2 readers, every row the same length): a "
                + "whole-number grade on the scale, or null where that reader has no reading of the record. At most "
                + InterRaterAgreement.MAX_READINGS + " entries in all.", example = "[[4, 4, null], [3, 4, 4], [2, 2, 3]]")
        List<List<Integer>> ratings,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Scale scale) {

    @Schema(description = "The fixed scale: every whole number from min to max is a grade, used or not. The "
            + "six-point scale is 1 (Unsatisfactory) to 6 (Excellent).")
    public record Scale(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1") Integer min,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "6", description = "More than min; at most "
                    + InterRaterAgreement.MAX_GRADES + " grades from min to max.") Integer max) {
    }
}
