package scot.triangulate.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnhojRulesTest {

    /*
     * Critical values for n useful observations: the longest run may be at most the first, and there must be at
     * least the second number of crossings.
     * - n = 10, 20, 24: Anhøj J, Olesen AV. Run charts revisited. PLoS ONE 2014;9(11):e113825, Table 1
     *   (10: 6 and 2; 20: 7 and 6; 24: 8 and 8).
     * - n = 13: 7 and 3, "less than three crossings" for 13 points, sciencetrends.com, "Improving tools for quality
     *   improvement: crossings, runs and crossrun" (Wentzel-Larsen & Anhøj); longest run 7 from the table of
     *   round(log2(n)) + 3 at unaettie.com/en-us/faq.php ("Length of run in a run chart"), which also gives
     *   46: 9, 91: 10, 100: 10.
     * - n = 24, longest run 8: qicharts2's own summary.qic example (n.useful 24, longest.run.max 8).
     * - crossings for n = 46, 91, 100, 1000, 10000: qbinom(0.05, n - 1, 0.5) evaluated independently with
     *   scipy.stats.binom.ppf(0.05, n - 1, 0.5) (SciPy 1.17.1): 17, 37, 41, 474, 4917. Longest run for 1000 and
     *   10000: round(log2(1000)) + 3 = round(9.966) + 3 = 13; round(log2(10000)) + 3 = round(13.288) + 3 = 16.
     */
    @ParameterizedTest
    @CsvSource({"10, 6, 2", "13, 7, 3", "20, 7, 6", "24, 8, 8", "46, 9, 17", "91, 10, 37", "100, 10, 41",
        "1000, 13, 474", "10000, 16, 4917"})
    void criticalValuesMatchThePublishedTable(int useful, int longestRun, int crossings) {
        assertThat(AnhojRules.longestRunLimit(useful)).isEqualTo(longestRun);
        assertThat(AnhojRules.crossingsLimit(useful)).isEqualTo(crossings);
    }

    @Test
    void tinySeriesHaveNoCrossingsToExpect() {
        // qbinom(0.05, 0, 0.5) = 0: one point cannot cross; Binomial(1, 0.5): P(C <= 0) = 0.5 >= 0.05, so 0.
        assertThat(AnhojRules.crossingsLimit(1)).isZero();
        assertThat(AnhojRules.crossingsLimit(2)).isZero();
        // Binomial(8, 0.5): P(C <= 1) = 9/256 = 0.035 < 0.05, P(C <= 2) = 37/256 = 0.145, so 2.
        assertThat(AnhojRules.crossingsLimit(9)).isEqualTo(2);
    }

    @Test
    void aPointOnTheCentreLineNeitherBreaksNorLengthensARun() {
        // Centre 0. Point 4 lies on it, leaving n = 10 useful points: runs (-) (+ + + _ + + + +) (- -).
        // Longest run 7 > limit 6 for n = 10; crossings 2, not fewer than the limit 2.
        double[] y = {-1, 1, 1, 1, 0, 1, 1, 1, 1, -1, -1};
        AnhojRules.RunsAnalysis runs = AnhojRules.analyse(y, Series.constant(y.length, 0));

        assertThat(runs.usefulObservations()).isEqualTo(10);
        assertThat(runs.longestRun()).isEqualTo(7);
        assertThat(runs.longestRunLimit()).isEqualTo(6);
        assertThat(runs.crossings()).isEqualTo(2);
        assertThat(runs.crossingsLimit()).isEqualTo(2);
        assertThat(runs.signals()).extracting(Signal::index).containsExactly(1, 2, 3, 5, 6, 7, 8);
        assertThat(runs.signals()).extracting(Signal::rule).containsOnly(SignalRule.LONG_RUN);
    }

    @Test
    void fewCrossingsFlagEveryPoint() {
        // Five above then five below: n = 10, longest run 5 (limit 6), crossings 1 < 2.
        double[] y = {1, 1, 1, 1, 1, -1, -1, -1, -1, -1};
        AnhojRules.RunsAnalysis runs = AnhojRules.analyse(y, Series.constant(y.length, 0));

        assertThat(runs.crossings()).isEqualTo(1);
        assertThat(runs.signals()).containsExactlyElementsOf(
                IntStream.range(0, 10).mapToObj(i -> new Signal(i, SignalRule.FEW_CROSSINGS)).toList());
    }

    @Test
    void aSeriesAllOnTheCentreLineHasNoRunsToAnalyse() {
        AnhojRules.RunsAnalysis runs = AnhojRules.analyse(new double[] {2, 2, 2}, Series.constant(3, 2));

        assertThat(runs.usefulObservations()).isZero();
        assertThat(runs.longestRun()).isNull();
        assertThat(runs.crossingsLimit()).isNull();
        assertThat(runs.signals()).isEmpty();
    }
}
