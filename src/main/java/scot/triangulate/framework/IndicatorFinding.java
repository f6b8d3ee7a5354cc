package scot.triangulate.framework;

import java.util.List;

/**
 * What one source of information says about a quality indicator for a partnership: performance data today, record
 * reading and surveys next. Evaluations read findings without knowing where they came from.
 *
 * @param source     the kind of source, as evidence names it (e.g. {@code PERFORMANCE_DATA})
 * @param direction  whether it speaks for or against the partnership's own view, or is neither
 * @param subject    what was measured or read, as the source calls it (a measure's name)
 * @param figure     the latest figure, written with its unit
 * @param period     the period of that figure
 * @param signals    what stands out, in words (e.g. "a run of points above the centre line")
 * @param periods    the periods where it stands out
 * @param link       the page inside Triangulate that shows it
 */
public record IndicatorFinding(String source, Direction direction, String subject, String figure, String period,
        List<String> signals, List<String> periods, String link) {

    public enum Direction { FAVOURABLE, UNFAVOURABLE, NEITHER }

    public IndicatorFinding {
        signals = List.copyOf(signals);
        periods = List.copyOf(periods);
    }
}
