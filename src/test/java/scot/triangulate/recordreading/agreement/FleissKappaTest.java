package scot.triangulate.recordreading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    /*
     * The worked example of Wikipedia's "Fleiss' kappa" article (also in the MATLAB File Exchange "Fleiss" example,
     * dnafinder/Fleiss): 14 raters put 10 subjects in 5 categories; cell [i][j] counts the raters choosing category j
     * for subject i. Published: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
     */
    static final int[][] WIKIPEDIA = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

    @Test
    void theWikipediaExampleGivesThePublishedKappa() {
        assertThat(FleissKappa.of(Readings.fromCounts(1, WIKIPEDIA)).value()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void categoriesOfTheScaleNobodyChoseChangeNothing() {
        // Fleiss' kappa treats grades as unordered categories: an unused sixth category adds 0 to every sum.
        Ratings onSix = Readings.fromCounts(1, Arrays.stream(WIKIPEDIA)
                .map(row -> Arrays.copyOf(row, 6)).toArray(int[][]::new));

        assertThat(FleissKappa.of(onSix).value()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void aRecordWithAMissingReadingIsLeftOut() {
        Ratings complete = Readings.fromCounts(1, WIKIPEDIA);
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < complete.records(); r++) {
            List<Integer> row = new ArrayList<>();
            for (int k = 0; k < complete.readers(); k++) {
                row.add(complete.grade(r, k));
            }
            rows.add(row);
        }
        List<Integer> partial = new ArrayList<>(java.util.Collections.nCopies(14, 1));
        partial.set(3, null);
        rows.add(partial);

        assertThat(FleissKappa.of(new Ratings(rows, 1, 5)).value())
                .isEqualTo(FleissKappa.of(complete).value());
    }

    @Test
    void twoReadersByHand() {
        // (1, 1), (2, 2), (1, 2), (2, 2): P_i = 1, 1, 0, 1, P̄ = 0.75; p_1 = 3/8, p_2 = 5/8, P̄e = 34/64;
        // κ = (0.75 - 34/64) / (1 - 34/64) = 14/30. (Cohen's kappa of the same readings is 0.5: they differ.)
        Ratings ratings = Readings.rows(1, 6, new Integer[] {1, 1}, new Integer[] {2, 2}, new Integer[] {1, 2},
                new Integer[] {2, 2});

        assertThat(FleissKappa.of(ratings).value()).isCloseTo(14.0 / 30, within(1e-12));
        assertThat(CohensKappa.of(ratings).unweighted().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void oneGradeThroughoutCannotBeCorrectedForChance() {
        Estimate kappa = FleissKappa.of(Readings.rows(1, 6, new Integer[] {3, 3, 3}, new Integer[] {3, 3, 3}));

        assertThat(kappa.value()).isNull();
        assertThat(kappa.reason()).isEqualTo(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
    }

    @Test
    void noCompleteRecordNoKappa() {
        Estimate kappa = FleissKappa.of(Readings.rows(1, 6, new Integer[] {3, null}, new Integer[] {null, 4}));

        assertThat(kappa.reason()).isEqualTo(Estimate.Reason.NO_COMPLETE_RECORDS);
    }
}
