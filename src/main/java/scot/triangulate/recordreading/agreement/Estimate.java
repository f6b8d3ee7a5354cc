package scot.triangulate.recordreading.agreement;

/** A statistic's value, or no value and the reason it cannot be computed from these readings. */
public record Estimate(Double value, Reason reason) {

    public enum Reason {
        /** No record was graded by every reader, and the statistic needs complete records. */
        NO_COMPLETE_RECORDS,
        /** Cohen's kappa compares exactly two readers. */
        NOT_TWO_READERS,
        /** Fewer than two readings fall in records with at least two readings (Krippendorff's pairable values). */
        TOO_FEW_PAIRABLE_VALUES,
        /** Every reading used gives the same grade, so the disagreement expected by chance is zero (0 / 0). */
        NO_EXPECTED_DISAGREEMENT
    }

    public Estimate {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("an estimate has either a value or a reason");
        }
    }

    static Estimate of(double value) {
        return new Estimate(value, null);
    }

    static Estimate none(Reason reason) {
        return new Estimate(null, reason);
    }
}
