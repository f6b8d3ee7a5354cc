package scot.triangulate.framework;

/**
 * One passage of framework text matching a search. {@code highlighted} is HTML-escaped text in which only
 * the matched words are wrapped in {@code <mark>}.
 */
public record FrameworkSearchResult(String frameworkId, String frameworkTitle, Kind kind, String indicatorCode,
        String keyAreaCode, String heading, String part, String highlighted) {

    /** Where the passage sits: a quality indicator, a wellbeing indicator, a key area or the framework itself. */
    public enum Kind { INDICATOR, WELLBEING_INDICATOR, KEY_AREA, FRAMEWORK }
}
