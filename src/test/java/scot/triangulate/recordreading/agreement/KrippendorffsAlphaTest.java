package scot.triangulate.recordreading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KrippendorffsAlphaTest {

    /*
     * Krippendorff K. (2011) "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication,
     * University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C, the reliability data matrix of
     * 4 observers (A-D) × 12 units with missing data, here one row per unit (record) and one column per observer:
     *
     *   unit  1  2  3  4  5  6  7  8  9 10 11 12
     *   A     1  2  3  3  2  1  4  1  2  .  .  .
     *   B     1  2  3  3  2  2  4  1  2  5  .  3
     *   C     .  3  3  3  2  3  4  2  2  5  1  .
     *   D     1  2  3  3  2  4  4  1  2  5  1  .
     *
     * Published: nominal α = 0.743, ordinal α = 0.815, interval α = 0.849. Unit 12 has one value and is not pairable
     * (n = 40 pairable values).
     */
    static final Integer[][] KRIPPENDORFF_2011 = {
        {1, 1, null, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
        {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {null, 5, 5, 5}, {null, null, 1, 1}, {null, 3, null, null}};

    @Test
    void theWorkedExampleWithMissingDataGivesThePublishedAlphas() {
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 5, KRIPPENDORFF_2011));

        assertThat(alphas.nominal().value()).isCloseTo(0.743, within(0.0005));
        assertThat(alphas.ordinal().value()).isCloseTo(0.815, within(0.0005));
        assertThat(alphas.interval().value()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void unusedGradesAtTheEndsOfTheScaleChangeNoAlpha() {
        // The same readings on the six-point scale: no metric depends on grades nobody gave.
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 6, KRIPPENDORFF_2011));

        assertThat(alphas.nominal().value()).isCloseTo(0.743, within(0.0005));
        assertThat(alphas.ordinal().value()).isCloseTo(0.815, within(0.0005));
        assertThat(alphas.interval().value()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void theSmallestExampleByHand() {
        // Two records, two readers: (1, 1) and (1, 2). Coincidences o_11 = 2, o_12 = o_21 = 1; n_1 = 3, n_2 = 1,
        // n = 4. Nominal: 1 - 3 * 2 / (2 * 3 * 1) = 0. Interval (δ² = 1 for 1-2): the same, 0. Ordinal δ²_12 =
        // (n_1 + n_2 - (n_1 + n_2) / 2)² = 2² = 4 on both sides: 1 - 3 * 8 / (2 * 3 * 4) = 0.
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 6,
                new Integer[] {1, 1}, new Integer[] {1, 2}));

        assertThat(alphas.nominal().value()).isCloseTo(0.0, within(1e-12));
        assertThat(alphas.ordinal().value()).isCloseTo(0.0, within(1e-12));
        assertThat(alphas.interval().value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void intervalAlphaWeighsDistanceAndNominalDoesNot() {
        // Records (1, 2), (1, 2), (6, 6), (6, 6): nominal sees two of four records disagree; interval sees two small
        // differences against a wide spread. n_1 = 2, n_2 = 2, n_6 = 4, n = 8; o_12 = o_21 = 2, o_66 = 4.
        // Nominal: 1 - 7 * 4 / (2 * (2*2 + 2*4 + 2*4)) = 1 - 28 / 40 = 0.3.
        // Interval: 1 - 7 * (4 * 1) / (2 * (2*2*1 + 2*4*25 + 2*4*16)) = 1 - 28 / 664.
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 6,
                new Integer[] {1, 2}, new Integer[] {1, 2}, new Integer[] {6, 6}, new Integer[] {6, 6}));

        assertThat(alphas.nominal().value()).isCloseTo(0.3, within(1e-12));
        assertThat(alphas.interval().value()).isCloseTo(1 - 28.0 / 664, within(1e-12));
    }

    @Test
    void oneGradeThroughoutHasNoExpectedDisagreement() {
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 6,
                new Integer[] {4, 4, null}, new Integer[] {4, 4, 4}));

        assertThat(alphas.nominal().value()).isNull();
        assertThat(alphas.nominal().reason()).isEqualTo(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
        assertThat(alphas.interval().reason()).isEqualTo(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
    }

    @Test
    void recordsWithOneReadingAreNotPairable() {
        // Different grades, but no record has two readings: nothing to compare.
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(Readings.rows(1, 6,
                new Integer[] {1, null}, new Integer[] {null, 5}, new Integer[] {null, null}));

        assertThat(alphas.ordinal().value()).isNull();
        assertThat(alphas.ordinal().reason()).isEqualTo(Estimate.Reason.TOO_FEW_PAIRABLE_VALUES);
    }
}
