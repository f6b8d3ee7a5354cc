package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.triangulate.performance.spc.Baseline;
import scot.triangulate.performance.spc.SignalRule;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrChart;
import scot.triangulate.performance.spc.XmrOptions;

class PhasedChartTest {

    private static final double[] STEP = {10, 12, 11, 13, 10, 12, 30, 32, 31, 33, 30, 32};

    @Test
    void eachPhaseHasTheCentreAndLimitsOfItsOwnPoints() {
        SpcResult phased = PhasedChart.of("xmr", STEP, null, null, List.of(6), XmrOptions.DEFAULTS);
        assertThat(phased.centre().get(0)).isCloseTo(11.333333, within(1e-6));
        assertThat(phased.centre().get(11)).isCloseTo(31.333333, within(1e-6));
        // Moving ranges within the first phase: 2, 1, 2, 3, 2 — mean 2, so limits 11.333 ± 2.66 × 2.
        assertThat(phased.ucl().get(0)).isCloseTo(11.333333 + 2.66 * 2, within(1e-6));
        // The step itself is not a signal once a phase starts there: each phase is in control.
        assertThat(phased.signals()).isEmpty();
    }

    @Test
    void withoutTheChangePointTheStepIsASignal() {
        SpcResult single = PhasedChart.of("xmr", STEP, null, null, List.of(), XmrOptions.DEFAULTS);
        assertThat(single).isEqualTo(XmrChart.of(STEP, Baseline.all(STEP.length), XmrOptions.DEFAULTS));
        assertThat(single.signals()).extracting(s -> s.rule()).contains(SignalRule.OUTSIDE_LIMITS);
    }

    @Test
    void aFrozenBaselineCarriesItsLimitsForward() {
        SpcResult frozen = PhasedChart.of("xmr", STEP, null, new Baseline(0, 5), List.of(), XmrOptions.DEFAULTS);
        assertThat(frozen.centre().get(11)).isCloseTo(11.333333, within(1e-6));
        assertThat(frozen.signals()).filteredOn(s -> s.rule() == SignalRule.OUTSIDE_LIMITS)
                .extracting(s -> s.index()).containsExactly(6, 7, 8, 9, 10, 11);
    }

    @Test
    void signalsInALaterPhaseKeepTheirPlaceInTheSeries() {
        double[] values = {5, 6, 5, 6, 5, 6, 20, 21, 20, 21, 20, 60};
        SpcResult phased = PhasedChart.of("run", values, null, null, List.of(6), XmrOptions.DEFAULTS);
        assertThat(phased.centre().get(6)).isEqualTo(20.5);
        assertThat(phased.lcl()).hasSize(values.length).containsOnlyNulls();
    }
}
