package scot.triangulate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.IntegrationTest;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.IndicatorChart;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.Period;
import scot.triangulate.performance.PeriodType;
import scot.triangulate.performance.SignalReading;
import scot.triangulate.performance.spc.SignalRule;

/** The demonstration figures, loaded at start-up in demo mode (on for every integration test). */
@IntegrationTest
class DemoPerformanceDataTest {

    @Autowired
    private IndicatorValues values;
    @Autowired
    private PartnershipService partnerships;
    @Autowired
    private IndicatorCharts charts;
    @Autowired
    private DemoPerformanceData demo;

    private static Period census(int year) {
        return new Period(PeriodType.CENSUS_DATE, LocalDate.of(year, 7, 31));
    }

    @Test
    void everyPartnershipHasFourYearsOfMonthlyIrds() {
        List<Partnership> all = partnerships.all();
        assertThat(all).hasSize(32);
        List<Period> months = new java.util.ArrayList<>();
        for (Period p = new Period(PeriodType.MONTH, LocalDate.of(2022, 11, 1)); months.size() < 48; p = p.next()) {
            months.add(p);
        }
        assertThat(months.get(47).label()).isEqualTo("2026-10");
        for (Partnership partnership : all) {
            assertThat(values.series(partnership.slug(), "ird-count")).extracting(IndicatorValue::period)
                    .as(partnership.slug()).containsAll(months);
        }
    }

    @Test
    void partnershipsOnTheRegisterAddUpToScotlandsLatestFigure() {
        assertThat(registered(2013)).isEqualTo(2645);
        assertThat(registered(2018)).isEqualTo(2530);
        assertThat(registered(2023)).isEqualTo(2094);
    }

    private long registered(int year) {
        return values.comparable("cp-register-count", IndicatorValues.SCOTLAND).stream()
                .filter(v -> v.period().equals(census(year)) && !v.partnership().equals(IndicatorValues.SCOTLAND))
                .mapToLong(v -> v.value().longValueExact()).sum();
    }

    @Test
    void scotlandKeepsTheFirstPublishedFigureBesideTheRevision() {
        assertThat(values.revisions(IndicatorValues.SCOTLAND, "cp-register-count", census(2013)))
                .extracting(v -> v.value().intValueExact()).containsExactly(2681, 2645);
        assertThat(values.revisions(IndicatorValues.SCOTLAND, "cp-register-count", census(2016))).hasSize(1);
        // 2000's figure is a 31 March snapshot, not a 31 July census.
        assertThat(values.series(IndicatorValues.SCOTLAND, "cp-register-count")).extracting(v -> v.period().start().getYear())
                .startsWith(2011).doesNotContain(2000);
    }

    @Test
    void clackmannanshiresPlanningMeetingsShowASustainedImprovement() {
        IndicatorChart chart = charts.chart("clackmannanshire", "ird-to-planning-meeting", "xmr", null);
        // On one centre line a step change shows as a run below it before the change and a run above it after.
        List<SignalReading> above = chart.signals().stream()
                .filter(s -> s.rule() == SignalRule.SHIFT && s.direction() == SignalReading.Direction.HIGH).toList();
        assertThat(above).hasSizeGreaterThanOrEqualTo(7);
        assertThat(above).allSatisfy(s -> {
            assertThat(s.period().start()).isAfterOrEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(s.favourable()).isTrue();
        });
    }

    @Test
    void clackmannanshiresPlanReviewsFallOverTheLastSevenQuarters() {
        List<IndicatorValue> series = values.series("clackmannanshire", "child-plans-reviewed");
        List<BigDecimal> last = series.subList(series.size() - 7, series.size()).stream().map(IndicatorValue::value).toList();
        assertThat(last).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        IndicatorChart chart = charts.chart("clackmannanshire", "child-plans-reviewed", "xmr", null);
        assertThat(chart.signals()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo(SignalRule.TREND);
            assertThat(s.unfavourable()).isTrue();
        });
    }

    @Test
    void figuresStayWithinPlausibleRanges() {
        for (Partnership p : partnerships.all()) {
            List<IndicatorValue> register = demoFigures(p.slug(), "cp-register-rate");
            assertThat(register).as(p.slug()).hasSizeGreaterThanOrEqualTo(10);
            for (IndicatorValue v : register) {
                assertThat(v.value().doubleValue()).as(p.slug() + " " + v.period()).isBetween(1.5, 5.0);
            }
            for (IndicatorValue v : demoFigures(p.slug(), "looked-after-rate")) {
                assertThat(v.value().doubleValue()).as(p.slug() + " " + v.period()).isBetween(8.0, 28.0);
            }
        }
    }

    /** The figures demo mode recorded: other tests in the same application import figures of their own. */
    private List<IndicatorValue> demoFigures(String partnership, String indicator) {
        return values.series(partnership, indicator).stream().filter(v -> v.recordedBy().equals("demo")).toList();
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int before = values.all("glasgow").values().stream().mapToInt(List::size).sum();
        demo.load();
        assertThat(values.all("glasgow").values().stream().mapToInt(List::size).sum()).isEqualTo(before);
        assertThat(values.revisions("glasgow", "ird-count", new Period(PeriodType.MONTH, LocalDate.of(2024, 1, 1))))
                .hasSize(1);
    }
}
