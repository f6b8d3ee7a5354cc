package scot.triangulate.recordreading.sampling;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014;
 * Vigna's reference splitmix64.c), written out here so that a sample drawn from a seed today is the sample drawn
 * from it on any JDK: no library generator's output is promised not to change between versions.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A whole number from 0 to {@code bound - 1}, each equally likely: the top 63 bits modulo the bound, drawing again
     * when the draw falls in the incomplete last block (rejection), so no number is favoured.
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        long draw;
        do {
            draw = nextLong() >>> 1;
        } while (draw >= limit);
        return (int) (draw % bound);
    }
}
