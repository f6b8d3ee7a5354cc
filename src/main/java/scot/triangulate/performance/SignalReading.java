package scot.triangulate.performance;

import scot.triangulate.performance.spc.SignalRule;

/**
 * A flagged point read against the indicator's polarity: which side of the centre line it lies (or which way a
 * trend runs), and whether that is the good direction. {@code favourable} is null when neither direction is better.
 */
public record SignalReading(int index, Period period, SignalRule rule, Direction direction, Boolean favourable) {

    public enum Direction {
        HIGH, LOW;

        public int sign() {
            return this == HIGH ? 1 : -1;
        }
    }

    public boolean unfavourable() {
        return Boolean.FALSE.equals(favourable);
    }
}
