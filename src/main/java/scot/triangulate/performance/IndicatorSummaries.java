package scot.triangulate.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Brief readings of a partnership's indicators, for the dashboard, the data section's draft and consistency checks.
 * A partnership's whole dashboard takes four queries (its figures, its phases, the comparators' figures for each
 * latest period, its family group) whatever the number of indicators; the charts are computed in memory. A
 * partnership's summaries are kept until any indicator's figures or the partnership's phases change, as read from the
 * database on each request, so a change made through any instance shows at once.
 */
@Service
public class IndicatorSummaries {

    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final IndicatorCharts charts;
    private final Comparators comparators;
    private final FiguresVersions versions;
    private final Cache<String, Computed> cache = Caffeine.newBuilder().maximumSize(MAX_PARTNERSHIPS).build();

    private static final int MAX_PARTNERSHIPS = 100;

    private record Computed(FiguresVersions.OfPartnership version, List<IndicatorSummary> summaries) {
    }

    IndicatorSummaries(IndicatorCatalogue indicators, IndicatorValues values, IndicatorCharts charts,
            Comparators comparators, FiguresVersions versions) {
        this.indicators = indicators;
        this.values = values;
        this.charts = charts;
        this.comparators = comparators;
        this.versions = versions;
    }

    /** Every indicator the partnership has figures for, in catalogue order. */
    public List<IndicatorSummary> all(String partnership) {
        // Read before the figures, so a change made meanwhile can only cause a recomputation.
        FiguresVersions.OfPartnership version = versions.of(partnership);
        Computed cached = cache.getIfPresent(partnership);
        if (cached != null && cached.version().equals(version)) {
            return cached.summaries();
        }
        List<IndicatorSummary> summaries = List.copyOf(compute(partnership));
        cache.put(partnership, new Computed(version, summaries));
        return summaries;
    }

    private List<IndicatorSummary> compute(String partnership) {
        Map<String, List<IndicatorValue>> byCode = values.all(partnership);
        Map<Indicator, List<IndicatorValue>> series = new LinkedHashMap<>();
        for (Indicator indicator : indicators.all()) {
            if (byCode.containsKey(indicator.code())) {
                series.put(indicator, byCode.get(indicator.code()));
            }
        }
        return summaries(partnership, series);
    }

    /** The summary of one indicator, if the partnership has any figure for it. */
    public Optional<IndicatorSummary> of(String partnership, String code) {
        Indicator indicator = indicators.get(code);
        List<IndicatorValue> series = values.series(partnership, indicator.code());
        return series.isEmpty() ? Optional.empty()
                : Optional.of(summaries(partnership, Map.of(indicator, series)).get(0));
    }

    /** Summaries of the measures linked to a quality indicator that have figures. */
    public List<IndicatorSummary> linkedTo(String partnership, String qualityIndicator) {
        List<Indicator> linked = indicators.linkedTo(qualityIndicator);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<String, List<IndicatorValue>> byCode = values.all(partnership);
        Map<Indicator, List<IndicatorValue>> series = new LinkedHashMap<>();
        linked.stream().filter(i -> byCode.containsKey(i.code())).forEach(i -> series.put(i, byCode.get(i.code())));
        return summaries(partnership, series);
    }

    private List<IndicatorSummary> summaries(String partnership, Map<Indicator, List<IndicatorValue>> series) {
        if (series.isEmpty()) {
            return List.of();
        }
        Map<String, Phases> phases = charts.allPhases(partnership);
        Map<Indicator, Period> latestPeriods = new LinkedHashMap<>();
        series.forEach((indicator, s) -> latestPeriods.put(indicator, s.get(s.size() - 1).period()));
        Map<String, Comparators.Figures> compared = comparators.latest(partnership, latestPeriods);
        List<IndicatorSummary> summaries = new ArrayList<>();
        series.forEach((indicator, s) -> summaries.add(summary(indicator, s,
                phases.getOrDefault(indicator.code(), Phases.NONE), compared.get(indicator.code()))));
        return summaries;
    }

    private IndicatorSummary summary(Indicator indicator, List<IndicatorValue> series, Phases phases,
            Comparators.Figures compared) {
        IndicatorValue latest = series.get(series.size() - 1);
        List<IndicatorValue> trend = series.subList(Math.max(0, series.size() - IndicatorSummary.TREND_POINTS),
                series.size());
        if (series.size() < 2) {
            return new IndicatorSummary(indicator, latest, null, null, List.of(), compared.scotland(),
                    compared.familyGroup(), compared.topQuartile(), trend);
        }
        String chart = chartFor(indicator, series);
        IndicatorCharts.Computed computed = charts.compute(indicator, series, chart, phases, null);
        int from = series.size() - IndicatorSummary.RECENT_POINTS;
        return new IndicatorSummary(indicator, latest, series.get(series.size() - 2), chart,
                computed.readings().stream().filter(r -> r.index() >= from).toList(), compared.scotland(),
                compared.familyGroup(), compared.topQuartile(), trend);
    }

    /** The indicator's own control chart, or XmR when some figures lack a numerator or denominator. */
    static String chartFor(Indicator indicator, List<IndicatorValue> series) {
        boolean complete = series.stream().allMatch(v -> v.numerator() != null && v.denominator() != null);
        return indicator.hasDenominator() && !complete ? "xmr" : indicator.controlChart();
    }
}
