package scot.triangulate.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SignalRule;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrOptions;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.InputRejectedException;

/** Run and control charts of stored figures, over the phases the partnership has recorded, with comparators. */
@Service
public class IndicatorCharts {

    public static final Set<String> CHARTS = Set.of("run", "xmr", "p", "u");

    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final Comparators comparators;
    private final PhasesRepository phases;
    private final AuditLog audit;

    IndicatorCharts(IndicatorCatalogue indicators, IndicatorValues values, Comparators comparators,
            PhasesRepository phases, AuditLog audit) {
        this.indicators = indicators;
        this.values = values;
        this.comparators = comparators;
        this.phases = phases;
        this.audit = audit;
    }

    /** The chart named ({@code null} for the indicator's own control chart), refusing one the data cannot make. */
    public IndicatorChart chart(String partnership, String code, String chart, XmrOptions options) {
        Indicator indicator = indicators.get(code);
        List<IndicatorValue> series = values.series(partnership, indicator.code());
        String kind = chart == null || chart.isBlank() ? IndicatorSummaries.chartFor(indicator, series) : chart.strip();
        if (!CHARTS.contains(kind)) {
            throw new InputRejectedException("chart", "chart.unknown", kind);
        }
        if (series.size() < 2) {
            throw new InputRejectedException("chart", "chart.tooFewPoints", series.size());
        }
        Phases recorded = phases.find(partnership, indicator.code());
        Computed computed = compute(indicator, series, kind, recorded, options);
        return new IndicatorChart(indicator, kind, series, computed.result(), computed.centre(), computed.lcl(),
                computed.ucl(), computed.readings(), comparators.lines(indicator, partnership, computed.periods()),
                recorded);
    }

    /** A chart's statistics in the indicator's own units, before comparators are added. */
    record Computed(List<Period> periods, SpcResult result, List<Double> centre, List<Double> lcl, List<Double> ucl,
            List<SignalReading> readings) {
    }

    /** The chart of a series already read, refusing one the data cannot make. */
    Computed compute(Indicator indicator, List<IndicatorValue> series, String kind, Phases recorded, XmrOptions options) {
        boolean attribute = kind.equals("p") || kind.equals("u");
        if (attribute && (!indicator.hasDenominator() || (kind.equals("p") && !indicator.isProportion())
                || series.stream().anyMatch(v -> v.numerator() == null || v.denominator() == null))) {
            throw new InputRejectedException("chart", "chart.needsNumerators", kind);
        }
        double[] y = series.stream().mapToDouble(v -> attribute ? v.numerator().doubleValue() : v.value().doubleValue()).toArray();
        double[] d = attribute ? series.stream().mapToDouble(v -> v.denominator().doubleValue()).toArray() : null;
        List<Period> periods = series.stream().map(IndicatorValue::period).toList();
        SpcResult result = PhasedChart.of(kind, y, d, baseline(recorded, periods), starts(recorded, periods),
                options == null ? XmrOptions.DEFAULTS : options);
        double scale = attribute ? indicator.factor() : 1;
        List<Double> figures = series.stream().map(v -> v.value().doubleValue()).toList();
        List<Double> centre = scaled(result.centre(), scale);
        return new Computed(periods, result, centre, scaled(result.lcl(), scale), scaled(result.ucl(), scale),
                readings(result, figures, centre, periods, indicator.polarity()));
    }

    /** Every indicator's recorded phases for a partnership, by code. */
    java.util.Map<String, Phases> allPhases(String partnership) {
        return phases.all(partnership);
    }

    public Phases phases(String partnership, String code) {
        return phases.find(partnership, indicators.get(code).code());
    }

    /**
     * Records a frozen baseline and change points, given as period labels. Each must be one of the partnership's
     * periods; a baseline needs at least two points and every phase at least two.
     */
    public Phases savePhases(String partnership, String code, String baselineFrom, String baselineTo,
            List<String> changePoints, int version) {
        Indicator indicator = indicators.get(code);
        List<Period> periods = values.series(partnership, indicator.code()).stream().map(IndicatorValue::period).toList();
        LocalDate from = period(indicator, periods, baselineFrom, "baselineFrom");
        LocalDate to = period(indicator, periods, baselineTo, "baselineTo");
        if ((from == null) != (to == null)) {
            throw new InputRejectedException(from == null ? "baselineFrom" : "baselineTo", "phases.baselineBothEnds");
        }
        if (from != null && !to.isAfter(from)) {
            throw new InputRejectedException("baselineTo", "phases.baselineTooShort");
        }
        List<LocalDate> points = new ArrayList<>();
        for (String text : changePoints == null ? List.<String>of() : changePoints) {
            LocalDate point = period(indicator, periods, text, "changePoints");
            if (point != null) {
                points.add(point);
            }
        }
        Phases wanted = new Phases(from, to, points, version);
        List<Integer> starts = starts(wanted, periods);
        int previous = 0;
        for (int start : starts) {
            if (start - previous < 2) {
                throw new InputRejectedException("changePoints", "phases.phaseTooShort");
            }
            previous = start;
        }
        if (periods.size() - previous < 2 && !starts.isEmpty()) {
            throw new InputRejectedException("changePoints", "phases.phaseTooShort");
        }
        if (from != null && !starts.isEmpty() && !periods.get(starts.get(0)).start().isAfter(to)) {
            throw new InputRejectedException("baselineTo", "phases.baselineCrossesPhase");
        }
        Phases before = phases.find(partnership, indicator.code());
        if (before.version() != version || !phases.save(partnership, indicator.code(), wanted)) {
            throw new ConcurrentChangeException("phases", indicator.code());
        }
        audit.record("indicator-phases.saved", "indicator-phases", indicator.code(), partnership, before, wanted);
        return phases.find(partnership, indicator.code());
    }

    private static LocalDate period(Indicator indicator, List<Period> periods, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Period period = Period.parse(text, indicator.periodType(), indicator.censusDate())
                .filter(periods::contains)
                .orElseThrow(() -> new InputRejectedException(field, "phases.unknownPeriod", text));
        return period.start();
    }

    private static Baseline baseline(Phases recorded, List<Period> periods) {
        if (!recorded.hasBaseline()) {
            return null;
        }
        int from = index(periods, recorded.baselineFrom());
        int to = index(periods, recorded.baselineTo());
        return from < 0 || to <= from ? null : new Baseline(from, to);
    }

    private static List<Integer> starts(Phases recorded, List<Period> periods) {
        return recorded.changePoints().stream().map(d -> index(periods, d)).filter(i -> i > 0).sorted().toList();
    }

    private static int index(List<Period> periods, LocalDate start) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).start().equals(start)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Double> scaled(List<Double> line, double scale) {
        if (line == null) {
            return null;
        }
        return line.stream().map(v -> v == null ? null : v * scale).toList();
    }

    /** Each signal's direction: a trend by the way it runs, anything else by its side of the centre line. */
    static List<SignalReading> readings(SpcResult result, List<Double> y, List<Double> centre, List<Period> periods,
            Polarity polarity) {
        List<SignalReading> readings = new ArrayList<>();
        Set<Integer> trend = new java.util.HashSet<>();
        result.signals().stream().filter(s -> s.rule() == SignalRule.TREND).forEach(s -> trend.add(s.index()));
        for (Signal s : result.signals()) {
            int i = s.index();
            double change;
            if (s.rule() == SignalRule.TREND) {
                change = trend.contains(i + 1) && i + 1 < y.size() ? y.get(i + 1) - y.get(i) : y.get(i) - y.get(i - 1);
            } else {
                change = y.get(i) - centre.get(i);
            }
            if (change == 0) {
                continue;
            }
            SignalReading.Direction direction = change > 0 ? SignalReading.Direction.HIGH : SignalReading.Direction.LOW;
            // Too few crossings says the process shifted, not which way: a point's side of one centre line can
            // mislead (after a step up, the earlier points lie low), so it is read as neither better nor worse.
            Boolean favourable = polarity == Polarity.NEITHER || s.rule() == SignalRule.FEW_CROSSINGS ? null
                    : direction.sign() == polarity.goodDirection();
            readings.add(new SignalReading(i, periods.get(i), s.rule(), direction, favourable));
        }
        return readings;
    }
}
