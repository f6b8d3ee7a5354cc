package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.support.StaticMessageSource;
import scot.triangulate.framework.IndicatorFinding;
import scot.triangulate.performance.spc.SignalRule;

/** Performance data offers what it says about a quality indicator through the findings port. */
class PerformanceFindingsTest {

    private final IndicatorSummaries summaries = Mockito.mock(IndicatorSummaries.class);
    private final PerformanceFindings findings;

    PerformanceFindingsTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("signal.SHIFT", Locale.UK, "Shift");
        messages.addMessage("indicator.unit.100", Locale.UK, "%");
        findings = new PerformanceFindings(summaries, messages);
    }

    private static IndicatorSummary timeliness(SignalReading.Direction direction) {
        Indicator indicator = new Indicator("ird-to-planning-meeting", "Planning meetings within 28 days", "", "n", "d",
                100, 1, Polarity.HIGHER_IS_BETTER, IndicatorCategory.HOW_WELL, PeriodType.MONTH, null, List.of("5.2"),
                "source", "set");
        Period september = Period.parse("2026-09", PeriodType.MONTH, null).orElseThrow();
        Period october = september.next();
        IndicatorValue latest = new IndicatorValue("clackmannanshire", indicator.code(), october, BigDecimal.valueOf(6),
                BigDecimal.TEN, BigDecimal.valueOf(60), 1, "someone", Instant.now());
        List<SignalReading> signals = direction == null ? List.of() : List.of(
                new SignalReading(46, september, SignalRule.SHIFT, direction, direction == SignalReading.Direction.HIGH),
                new SignalReading(47, october, SignalRule.SHIFT, direction, direction == SignalReading.Direction.HIGH));
        return new IndicatorSummary(indicator, latest, null, "p", signals, null, null, null, List.of(latest));
    }

    @Test
    void aMeasureGettingWorseIsAnUnfavourableFindingWithItsNumbers() {
        Mockito.when(summaries.linkedTo("clackmannanshire", "5.2")).thenReturn(List.of(timeliness(SignalReading.Direction.LOW)));
        assertThat(findings.about("clackmannanshire", "5.2")).containsExactly(new IndicatorFinding("PERFORMANCE_DATA",
                IndicatorFinding.Direction.UNFAVOURABLE, "Planning meetings within 28 days", "60.0%", "2026-10",
                List.of("Shift"), List.of("2026-09", "2026-10"),
                "/partnerships/clackmannanshire/performance/indicators/ird-to-planning-meeting"));
    }

    @Test
    void aMeasureGettingBetterIsFavourableAndOneWithoutSignalsIsNeither() {
        Mockito.when(summaries.linkedTo("clackmannanshire", "5.2"))
                .thenReturn(List.of(timeliness(SignalReading.Direction.HIGH), timeliness(null)));
        assertThat(findings.about("clackmannanshire", "5.2")).extracting(IndicatorFinding::direction)
                .containsExactly(IndicatorFinding.Direction.FAVOURABLE, IndicatorFinding.Direction.NEITHER);
        assertThat(findings.about("clackmannanshire", "9.9")).isEmpty();
    }
}
