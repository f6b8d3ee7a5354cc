package scot.triangulate.recordreading.agreement;

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, computed from the coincidence matrix as in Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability": each record with m_u ≥ 2 readings adds its ordered pairs of
 * readings from different readers, each weighted 1 / (m_u − 1); a record with fewer than two readings is not
 * pairable and is left out, so missing readings need no other treatment. With n_c the pairable readings of grade c
 * and n their total, α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. Metrics: nominal δ² = 0 when c = k and 1
 * otherwise; interval δ² = (c − k)²; ordinal δ² = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², which depends on how
 * often the grades between were used rather than on their numbers.
 */
public final class KrippendorffsAlpha {

    public record Alphas(Estimate nominal, Estimate ordinal, Estimate interval) {
    }

    private KrippendorffsAlpha() {
    }

    public static Alphas of(Ratings ratings) {
        int levels = ratings.levels();
        double[][] coincidences = coincidences(ratings);
        double[] values = new double[levels];
        double n = 0;
        int gradesUsed = 0;
        for (int c = 0; c < levels; c++) {
            for (int k = 0; k < levels; k++) {
                values[c] += coincidences[c][k];
            }
            n += values[c];
            if (values[c] > 0) {
                gradesUsed++;
            }
        }
        if (n < 2) {
            Estimate none = Estimate.none(Estimate.Reason.TOO_FEW_PAIRABLE_VALUES);
            return new Alphas(none, none, none);
        }
        if (gradesUsed < 2) {
            Estimate none = Estimate.none(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
            return new Alphas(none, none, none);
        }
        double[] cumulative = new double[levels + 1];
        for (int c = 0; c < levels; c++) {
            cumulative[c + 1] = cumulative[c] + values[c];
        }
        return new Alphas(
                alpha(coincidences, values, n, (c, k) -> c == k ? 0 : 1),
                alpha(coincidences, values, n, (c, k) -> {
                    int low = Math.min(c, k);
                    int high = Math.max(c, k);
                    double between = cumulative[high + 1] - cumulative[low] - (values[c] + values[k]) / 2;
                    return between * between;
                }),
                alpha(coincidences, values, n, (c, k) -> (double) (c - k) * (c - k)));
    }

    /** o_ck: for each pairable record, n_uc · n_uk pairs (n_uc · (n_uc − 1) when c = k), divided by m_u − 1. */
    private static double[][] coincidences(Ratings ratings) {
        int levels = ratings.levels();
        double[][] o = new double[levels][levels];
        int[] counts = new int[levels];
        int[] used = new int[ratings.readers()];
        for (int r = 0; r < ratings.records(); r++) {
            int readings = ratings.readings(r);
            if (readings < 2) {
                continue;
            }
            int distinct = 0;
            for (int k = 0; k < ratings.readers(); k++) {
                Integer grade = ratings.grade(r, k);
                if (grade != null) {
                    int level = ratings.level(grade);
                    if (counts[level]++ == 0) {
                        used[distinct++] = level;
                    }
                }
            }
            for (int a = 0; a < distinct; a++) {
                int c = used[a];
                for (int b = 0; b < distinct; b++) {
                    int k = used[b];
                    double pairs = c == k ? (double) counts[c] * (counts[c] - 1) : (double) counts[c] * counts[k];
                    o[c][k] += pairs / (readings - 1);
                }
            }
            for (int a = 0; a < distinct; a++) {
                counts[used[a]] = 0;
            }
        }
        return o;
    }

    private interface Metric {
        double squared(int c, int k);
    }

    private static Estimate alpha(double[][] o, double[] values, double n, Metric metric) {
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < values.length; c++) {
            for (int k = 0; k < values.length; k++) {
                double delta = metric.squared(c, k);
                observed += o[c][k] * delta;
                expected += values[c] * values[k] * delta;
            }
        }
        return Estimate.of(1 - (n - 1) * observed / expected);
    }
}
