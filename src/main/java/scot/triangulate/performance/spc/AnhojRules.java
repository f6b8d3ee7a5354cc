package scot.triangulate.performance.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The Anhøj rules for non-random variation, as qicharts2 applies them to every chart around its centre line
 * (Anhøj &amp; Olesen, "Run charts revisited", PLoS ONE 2014;9(11):e113825). Points exactly on the centre line
 * are not useful observations: they neither break nor extend a run, and {@code n} counts only the others.
 */
public final class AnhojRules {

    private AnhojRules() {
    }

    /** Runs analysis of a series; the runs-related fields are null when no point is off the centre line. */
    public record RunsAnalysis(int usefulObservations, Integer longestRun, Integer longestRunLimit,
            Integer crossings, Integer crossingsLimit, List<Signal> signals) {
    }

    /** An unusually long run is one longer than round(log2(n)) + 3 (Schilling 2012, as qicharts2). */
    public static int longestRunLimit(int useful) {
        requirePositive(useful);
        return (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    }

    /**
     * Unusually few crossings are fewer than the 5th percentile of Binomial(n - 1, 0.5) (Chen 2010), i.e. R's
     * {@code qbinom(0.05, n - 1, 0.5)}: the smallest c with P(C &le; c) &ge; 0.05.
     */
    public static int crossingsLimit(int useful) {
        requirePositive(useful);
        int trials = useful - 1;
        // Probabilities of 0, 1, 2 ... successes built up in logs, as 0.5^trials underflows past ~1,074 trials.
        double logProbability = trials * Math.log(0.5);
        double cumulative = 0;
        for (int c = 0; c < trials; c++) {
            cumulative += Math.exp(logProbability);
            if (cumulative >= 0.05) {
                return c;
            }
            logProbability += Math.log((double) (trials - c) / (c + 1));
        }
        return trials;
    }

    /** Runs analysis of {@code y} around a centre line that may vary by point. */
    public static RunsAnalysis analyse(double[] y, double[] centre) {
        if (y.length != centre.length) {
            throw new IllegalArgumentException("one centre per point");
        }
        List<Integer> useful = new ArrayList<>();
        List<Integer> sides = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            int side = Double.compare(y[i], centre[i]);
            if (side != 0) {
                useful.add(i);
                sides.add(side);
            }
        }
        int n = useful.size();
        if (n == 0) {
            return new RunsAnalysis(0, null, null, null, null, List.of());
        }
        List<int[]> runs = new ArrayList<>(); // each run as [first, last] positions among the useful points
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || !sides.get(k).equals(sides.get(k - 1))) {
                runs.add(new int[] {start, k - 1});
                start = k;
            }
        }
        int longest = runs.stream().mapToInt(r -> r[1] - r[0] + 1).max().orElseThrow();
        int crossings = runs.size() - 1;
        int longestLimit = longestRunLimit(n);
        int crossingsLimit = crossingsLimit(n);
        List<Signal> signals = new ArrayList<>();
        for (int[] run : runs) {
            if (run[1] - run[0] + 1 > longestLimit) {
                for (int k = run[0]; k <= run[1]; k++) {
                    signals.add(new Signal(useful.get(k), SignalRule.LONG_RUN));
                }
            }
        }
        if (crossings < crossingsLimit) {
            for (int i = 0; i < y.length; i++) {
                signals.add(new Signal(i, SignalRule.FEW_CROSSINGS));
            }
        }
        return new RunsAnalysis(n, longest, longestLimit, crossings, crossingsLimit, Signal.inOrder(signals));
    }

    private static void requirePositive(int useful) {
        if (useful < 1) {
            throw new IllegalArgumentException("needs at least one useful observation");
        }
    }
}
