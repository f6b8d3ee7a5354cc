package scot.triangulate.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.stereotype.Service;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.shared.InputRejectedException;

/**
 * Indicator pages, computed once and kept until what they are computed from changes: the indicator's figures (any
 * partnership's, for the comparators), the partnership's phases for it, or its chosen comparators. Those are read
 * from the database in one query on every request, so a change made through any instance shows at once.
 */
@Service
public class IndicatorPages {

    private static final int MAX_PAGES = 2_000;

    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final IndicatorCharts charts;
    private final IndicatorSummaries summaries;
    private final Comparators comparators;
    private final ChartViews views;
    private final FiguresVersions versions;
    private final Cache<Key, Computed> cache = Caffeine.newBuilder().maximumSize(MAX_PAGES).build();

    private record Key(String partnership, String code, String chart) {
    }

    /** The versions a page was computed from; chosen comparators by name too, since a renamed one is redrawn. */
    private record Version(FiguresVersions.OfIndicator figures, List<Partnership> chosen) {
    }

    private record Computed(Version version, IndicatorPage page) {
    }

    IndicatorPages(IndicatorCatalogue indicators, IndicatorValues values, IndicatorCharts charts,
            IndicatorSummaries summaries, Comparators comparators, ChartViews views, FiguresVersions versions) {
        this.indicators = indicators;
        this.values = values;
        this.charts = charts;
        this.summaries = summaries;
        this.comparators = comparators;
        this.views = views;
        this.versions = versions;
    }

    /** The page of one indicator for a partnership with the chart asked for ({@code null} for its control chart). */
    public IndicatorPage page(String partnership, String code, String chart) {
        String indicatorCode = indicators.get(code).code();
        String kind = chart == null ? "" : chart.strip();
        if (!kind.isEmpty() && !IndicatorCharts.CHARTS.contains(kind)) {
            return compute(partnership, indicatorCode, kind);
        }
        // Read before the figures, so a change made meanwhile can only cause a recomputation.
        FiguresVersions.OfIndicator read = versions.of(partnership, indicatorCode);
        Version version = new Version(read, read.chosen().isEmpty() ? List.of() : comparators.chosen(partnership));
        Key key = new Key(partnership, indicatorCode, kind);
        Computed cached = cache.getIfPresent(key);
        if (cached != null && cached.version().equals(version)) {
            return cached.page();
        }
        IndicatorPage page = compute(partnership, indicatorCode, kind);
        cache.put(key, new Computed(version, page));
        return page;
    }

    private IndicatorPage compute(String partnership, String code, String kind) {
        List<IndicatorValue> series = values.series(partnership, code);
        Phases phases = charts.phases(partnership, code);
        IndicatorSummary summary = summaries.of(partnership, code).orElse(null);
        try {
            IndicatorChart control = charts.chart(partnership, code, kind, null);
            IndicatorChart run = charts.chart(partnership, code, "run", null);
            return new IndicatorPage(series, phases, summary, control, views.svg(control), run, views.svg(run),
                    ChartTable.of(control, run, views), null, List.of());
        } catch (InputRejectedException e) {
            return new IndicatorPage(series, phases, summary, null, null, null, null, null, e.messageKey(),
                    java.util.Arrays.asList(e.arguments()));
        }
    }
}
