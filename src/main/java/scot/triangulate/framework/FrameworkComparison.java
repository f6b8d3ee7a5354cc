package scot.triangulate.framework;

import java.util.List;

/**
 * How one framework version differs from another, indicator by indicator. Indicators are matched by code:
 * a code only in the newer version is added, only in the older one removed, and in both with a different
 * title renamed.
 */
public record FrameworkComparison(FrameworkSummary from, FrameworkSummary to, List<Framework.Indicator> added,
        List<Framework.Indicator> removed, List<Renamed> renamed, int unchanged) {

    public record Renamed(String code, String fromTitle, String toTitle) {
    }
}
