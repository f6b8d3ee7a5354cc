package scot.triangulate.recordreading;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How far readers agree, by each named method; a statistic that cannot be computed is null with a note why. */
@Schema(description = "Agreement between readers. Proportions are numbers from 0 to 1; a statistic that cannot be "
        + "computed from these readings is null and a note says why.")
public record AgreementReport(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Records posted.") int records,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Readers (entries per record).") int readers,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Records every reader graded: the records "
                + "exact and within-one agreement, Cohen's and Fleiss' kappa use.") int complete,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Records with at least two readings: the "
                + "records Krippendorff's alpha uses.") int pairable,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "Share of complete records "
                + "on which all readers gave the same grade (with more than two readers, all of them; not an average "
                + "over pairs).") Double exact,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "Share of complete records "
                + "on which all readers' grades lie within one level: highest minus lowest grade at most 1.")
        Double withinOne,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Cohen's kappa, only when there are "
                + "exactly two readers (null otherwise), over the complete records.") Cohen cohen,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "Fleiss' kappa (1971), "
                + "grades as unordered categories, over the complete records: records with a missing reading are "
                + "left out.") Double fleiss,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Krippendorff krippendorff,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why a statistic is null, and which records "
                + "each statistic used when readings are missing.") List<Note> notes) {

    @Schema(description = "Cohen's kappa with disagreement weights over the whole fixed scale, not only the grades "
            + "used: unweighted (any difference 1), linear |i − j| / (max − min), quadratic ((i − j) / (max − min))².")
    public record Cohen(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double unweighted,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double linear,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double quadratic) {
    }

    @Schema(description = "Krippendorff's alpha (Krippendorff 2011) over every record with at least two readings, "
            + "missing readings allowed.")
    public record Krippendorff(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double nominal,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double ordinal,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Double interval) {
    }

    public record Note(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The field the note is about: exact, "
                    + "withinOne, cohen, fleiss, krippendorff (or one of their members, e.g. cohen.linear), or "
                    + "ratings.", example = "fleiss") String about,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "agreement.note.NO_EXPECTED_DISAGREEMENT")
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
