package scot.triangulate.performance;

import java.util.List;

/** The indicators of one set file, such as the Scottish child protection indicators, under the file's title. */
public record IndicatorSet(String id, String title, List<Indicator> indicators) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }
}
