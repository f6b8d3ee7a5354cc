package scot.triangulate.recordreading.agreement;

/**
 * Cohen's kappa for exactly two readers, over the records both graded: κ = 1 − Σ w·observed / Σ w·expected, with
 * the expected table the product of the two readers' own distributions (Cohen 1960; weighted, Cohen 1968).
 * Disagreement weights are taken over the whole fixed scale, not only the grades that happen to be used: unweighted
 * 1 for any difference, linear |i − j| / (max − min), quadratic (|i − j| / (max − min))². (Tools that build the
 * table from the grades present, as R's irr::kappa2 does from factor levels, treat 2 and 5 as neighbours when
 * 3 and 4 are unused; here they stay three levels apart.)
 */
public final class CohensKappa {

    public record Kappas(Estimate unweighted, Estimate linear, Estimate quadratic) {
    }

    private CohensKappa() {
    }

    public static Kappas of(Ratings ratings) {
        if (ratings.readers() != 2) {
            Estimate none = Estimate.none(Estimate.Reason.NOT_TWO_READERS);
            return new Kappas(none, none, none);
        }
        int levels = ratings.levels();
        double[][] observed = new double[levels][levels];
        double[] first = new double[levels];
        double[] second = new double[levels];
        int n = 0;
        for (int r = 0; r < ratings.records(); r++) {
            if (ratings.complete(r)) {
                int i = ratings.level(ratings.grade(r, 0));
                int j = ratings.level(ratings.grade(r, 1));
                observed[i][j]++;
                first[i]++;
                second[j]++;
                n++;
            }
        }
        if (n == 0) {
            Estimate none = Estimate.none(Estimate.Reason.NO_COMPLETE_RECORDS);
            return new Kappas(none, none, none);
        }
        double span = ratings.max() - ratings.min();
        return new Kappas(
                weighted(observed, first, second, n, (i, j) -> i == j ? 0 : 1),
                weighted(observed, first, second, n, (i, j) -> Math.abs(i - j) / span),
                weighted(observed, first, second, n, (i, j) -> Math.pow(Math.abs(i - j) / span, 2)));
    }

    private interface Weight {
        double of(int i, int j);
    }

    private static Estimate weighted(double[][] observed, double[] first, double[] second, int n, Weight weight) {
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < first.length; i++) {
            for (int j = 0; j < second.length; j++) {
                double w = weight.of(i, j);
                observedDisagreement += w * observed[i][j];
                expectedDisagreement += w * first[i] * second[j];
            }
        }
        // Both readers gave one and the same grade throughout: chance alone would agree perfectly, κ is 0 / 0.
        if (expectedDisagreement == 0) {
            return Estimate.none(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
        }
        return Estimate.of(1 - n * observedDisagreement / expectedDisagreement);
    }
}
