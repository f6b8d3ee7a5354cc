package scot.triangulate.recordreading.agreement;

/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters") for any number of readers,
 * grades as unordered categories. It needs the same number of readings on every record, so only records every
 * reader graded are used; a record with a missing reading is left out (as irr::kappam.fleiss omits them listwise).
 * Agreement on a record is P_i = (Σ_j n_ij² − m) / (m (m − 1)) for m readers; chance agreement P̄e = Σ_j p_j² from
 * the share p_j of all readings in grade j; κ = (P̄ − P̄e) / (1 − P̄e).
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    public static Estimate of(Ratings ratings) {
        int m = ratings.readers();
        if (m < 2) {
            return Estimate.none(Estimate.Reason.NO_COMPLETE_RECORDS);
        }
        double[] totals = new double[ratings.levels()];
        int[] counts = new int[ratings.levels()];
        double agreement = 0;
        int records = 0;
        for (int r = 0; r < ratings.records(); r++) {
            if (!ratings.complete(r)) {
                continue;
            }
            java.util.Arrays.fill(counts, 0);
            for (int k = 0; k < m; k++) {
                counts[ratings.level(ratings.grade(r, k))]++;
            }
            double sumOfSquares = 0;
            for (int j = 0; j < counts.length; j++) {
                sumOfSquares += (double) counts[j] * counts[j];
                totals[j] += counts[j];
            }
            agreement += (sumOfSquares - m) / ((double) m * (m - 1));
            records++;
        }
        if (records == 0) {
            return Estimate.none(Estimate.Reason.NO_COMPLETE_RECORDS);
        }
        int gradesUsed = 0;
        double chance = 0;
        for (double total : totals) {
            if (total > 0) {
                gradesUsed++;
            }
            double share = total / ((double) records * m);
            chance += share * share;
        }
        if (gradesUsed < 2) {
            return Estimate.none(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
        }
        double meanAgreement = agreement / records;
        return Estimate.of((meanAgreement - chance) / (1 - chance));
    }
}
