package scot.triangulate.recordreading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohensKappaTest {

    /*
     * vcd::SexualFun (Agresti 1990, from Hout et al. 1987): husbands' (rows) and wives' (columns) answers to "sex is
     * fun for me and my partner", 1 Never or occasionally … 4 Almost always, n = 91. vcd's documented example
     * Kappa(SexualFun) prints Unweighted 0.1293 and Weighted 0.2374 with its default "Equal-Spacing" weights
     * 1 − |i − j| / (r − 1) (Friendly & Meyer 2016, "Discrete Data Analysis with R", section 4.7), which are our
     * linear weights on the 1-4 scale. For the quadratic ones, vcd's "Fleiss-Cohen" weights 1 − (i − j)² / (r − 1)²,
     * 0.3320 is the same table evaluated independently (NumPy), as the published print-out of that call was not to
     * hand; the unweighted and linear values pin the table down.
     */
    static final int[][] SEXUAL_FUN = {{7, 7, 2, 3}, {2, 8, 3, 7}, {1, 5, 4, 9}, {2, 8, 9, 14}};

    @Test
    void sexualFunGivesVcdsKappas() {
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.fromTable(1, SEXUAL_FUN));

        assertThat(kappas.unweighted().value()).isCloseTo(0.1293, within(0.00005));
        assertThat(kappas.linear().value()).isCloseTo(0.2374, within(0.00005));
        assertThat(kappas.quadratic().value()).isCloseTo(0.3320, within(0.00005));
    }

    @Test
    void weightsAreOverTheFixedScaleNotOnlyTheGradesUsed() {
        /*
         * Six records, grades 1, 2 and 5 of the six-point scale: (1,1) (2,2) (5,5) (1,2) (2,5) (5,5). Reader one
         * gave 1, 2, 5 twice each; reader two 1 once, 2 twice, 5 three times; n = 6. With distances on the scale
         * (|i - j|, the divisor max - min cancels in the ratio): observed Σ d = 1 + 3 = 4, expected Σ A_i B_j d_ij =
         * 2(2·1 + 3·4) + 2(1·1 + 3·3) + 2(1·4 + 2·3) = 68, κ_linear = 1 - 6·4/68 = 11/17. Squared: observed 1 + 9,
         * expected 2(2 + 48) + 2(1 + 27) + 2(16 + 18) = 224, κ_quadratic = 1 - 60/224 = 41/56.
         * Over the used grades only (levels 1 < 2 < 5 one step apart, as irr::kappa2 builds them from factor
         * levels), 2 and 5 would be neighbours: linear 1 - 6·2/32 = 5/8, quadratic 1 - 6·2/48 = 3/4.
         */
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.rows(1, 6, new Integer[] {1, 1}, new Integer[] {2, 2},
                new Integer[] {5, 5}, new Integer[] {1, 2}, new Integer[] {2, 5}, new Integer[] {5, 5}));

        assertThat(kappas.linear().value()).isCloseTo(11.0 / 17, within(1e-12)).isNotCloseTo(5.0 / 8, within(0.01));
        assertThat(kappas.quadratic().value()).isCloseTo(41.0 / 56, within(1e-12)).isNotCloseTo(0.75, within(0.01));
    }

    @Test
    void cohensOwnTwoByTwoExample() {
        // Wikipedia "Cohen's kappa", first worked example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15;
        // p_o = 0.7, p_e = 0.5, κ = 0.4. With two grades every weighting gives the same κ.
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.fromTable(1, new int[][] {{20, 5}, {10, 15}}));

        assertThat(kappas.unweighted().value()).isCloseTo(0.4, within(1e-12));
        assertThat(kappas.linear().value()).isCloseTo(0.4, within(1e-12));
        assertThat(kappas.quadratic().value()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void onlyRecordsBothReadersGradedCount() {
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.rows(1, 6, new Integer[] {1, 1}, new Integer[] {2, 2},
                new Integer[] {1, 2}, new Integer[] {2, 2}, new Integer[] {6, null}, new Integer[] {null, 1}));

        assertThat(kappas.unweighted().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void onlyForTwoReaders() {
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.rows(1, 6, new Integer[] {1, 1, 2}, new Integer[] {2, 2, 2}));

        assertThat(kappas.unweighted().value()).isNull();
        assertThat(kappas.quadratic().reason()).isEqualTo(Estimate.Reason.NOT_TWO_READERS);
    }

    @Test
    void bothReadersGivingOneGradeThroughoutHasNoKappa() {
        CohensKappa.Kappas kappas = CohensKappa.of(Readings.rows(1, 6, new Integer[] {4, 4}, new Integer[] {4, 4}));

        assertThat(kappas.linear().reason()).isEqualTo(Estimate.Reason.NO_EXPECTED_DISAGREEMENT);
    }
}
