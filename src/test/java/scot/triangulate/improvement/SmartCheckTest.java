package scot.triangulate.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.triangulate.performance.Polarity;

/** The SMART rules one letter at a time, each from an action that meets all five. */
class SmartCheckTest {

    private static final LocalDate MADE = LocalDate.of(2025, 6, 1);
    private static final List<String> CYCLE = List.of("2.1", "5.1", "5.2");

    private static SmartCheck.Facts smart() {
        return new SmartCheck.Facts(
                "Hold every initial child protection planning meeting within 28 days of the IRD",
                "Kirsty Paterson", true, MADE.plusMonths(12), MADE, true, Polarity.HIGHER_IS_BETTER, true,
                new BigDecimal("78.5"), new BigDecimal("90"), "5.1", CYCLE, false, List.of("5.1", "6.2"));
    }

    private static SmartCheck.Facts with(String description, BigDecimal baseline, BigDecimal target, Polarity polarity) {
        SmartCheck.Facts f = smart();
        return new SmartCheck.Facts(description, f.ownerName(), f.ownerAgency(), f.dueDate(), f.createdOn(),
                f.indicatorLinked(), polarity, f.percentage(), baseline, target, f.qualityIndicator(),
                f.cycleIndicators(), f.fromArea(), f.measureQualityIndicators());
    }

    private static List<String> reasons(SmartCheck.Facts facts) {
        return SmartCheck.check(facts).failures().stream().map(SmartResult.Failure::messageKey).toList();
    }

    @Test
    void aWellFormedActionMeetsAllFive() {
        SmartResult result = SmartCheck.check(smart());
        assertThat(result.smart()).isTrue();
        assertThat(result.failedInitials()).isEmpty();
        assertThat(result.letters()).extracting(SmartResult.Letter::met).containsOnly(true);
    }

    @Test
    void specificNeedsEnoughWordsNamingWhatWillChange() {
        assertThat(reasons(with("Improve chronologies", new BigDecimal("78.5"), new BigDecimal("90"), Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.specific.short");
        SmartResult vague = SmartCheck.check(with("We will review and consider how we improve and develop our practice further",
                new BigDecimal("78.5"), new BigDecimal("90"), Polarity.HIGHER_IS_BETTER));
        assertThat(vague.failedInitials()).isEqualTo("S");
        assertThat(vague.failures().get(0).messageKey()).isEqualTo("improvement.smart.specific.vague");
        assertThat(vague.failures().get(0).arguments()).containsExactly("review, consider, improve, develop");
    }

    @Test
    void measurableNeedsAnIndicatorAndATargetInItsGoodDirection() {
        SmartCheck.Facts f = smart();
        SmartCheck.Facts unlinked = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, false,
                null, false, null, null, "5.1", CYCLE, false, List.of());
        assertThat(reasons(unlinked)).containsExactly("improvement.smart.measurable.noIndicator");
        assertThat(reasons(with(f.description(), new BigDecimal("78.5"), null, Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.measurable.noTarget");
        assertThat(reasons(with(f.description(), new BigDecimal("80"), new BigDecimal("80.0"), Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.measurable.noChange");
        assertThat(reasons(with(f.description(), new BigDecimal("80"), new BigDecimal("70"), Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.measurable.shouldRise");
        assertThat(reasons(with(f.description(), new BigDecimal("20"), new BigDecimal("30"), Polarity.LOWER_IS_BETTER)))
                .containsExactly("improvement.smart.measurable.shouldFall");
        // Neither direction is better: any change is a target.
        assertThat(reasons(with(f.description(), new BigDecimal("20"), new BigDecimal("15"), Polarity.NEITHER))).isEmpty();
        assertThat(reasons(with(f.description(), new BigDecimal("20"), new BigDecimal("25"), Polarity.NEITHER))).isEmpty();
    }

    @Test
    void achievableNeedsAnOwnerAndAPlausibleTarget() {
        SmartCheck.Facts f = smart();
        SmartCheck.Facts noAgency = new SmartCheck.Facts(f.description(), "Kirsty Paterson", false, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of());
        SmartCheck.Facts noName = new SmartCheck.Facts(f.description(), " ", true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of());
        assertThat(reasons(noAgency)).containsExactly("improvement.smart.achievable.noOwner");
        assertThat(reasons(noName)).containsExactly("improvement.smart.achievable.noOwner");
        assertThat(reasons(with(f.description(), new BigDecimal("95"), new BigDecimal("101"), Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.achievable.percentage");
        // 40% to 90% more than doubles the baseline; 50% to 100% exactly doubles it, which is allowed.
        assertThat(reasons(with(f.description(), new BigDecimal("40"), new BigDecimal("90"), Polarity.HIGHER_IS_BETTER)))
                .containsExactly("improvement.smart.achievable.tooFar");
        assertThat(reasons(with(f.description(), new BigDecimal("50"), new BigDecimal("100"), Polarity.HIGHER_IS_BETTER))).isEmpty();
        assertThat(reasons(with(f.description(), new BigDecimal("30"), new BigDecimal("14"), Polarity.LOWER_IS_BETTER)))
                .containsExactly("improvement.smart.achievable.tooFar");
        assertThat(reasons(with(f.description(), new BigDecimal("30"), new BigDecimal("15"), Polarity.LOWER_IS_BETTER))).isEmpty();
        // A zero baseline cannot be doubled or halved: only the percentage range applies.
        assertThat(reasons(with(f.description(), BigDecimal.ZERO, new BigDecimal("12"), Polarity.HIGHER_IS_BETTER))).isEmpty();
    }

    @Test
    void relevantNeedsACycleIndicatorOrAnArea() {
        SmartCheck.Facts f = smart();
        SmartCheck.Facts elsewhere = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "9.4", CYCLE, false, List.of());
        SmartCheck.Facts none = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), null, CYCLE, false, List.of());
        SmartCheck.Facts fromArea = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), null, CYCLE, true, List.of());
        assertThat(reasons(elsewhere)).containsExactly("improvement.smart.relevant.notInCycle");
        assertThat(reasons(none)).containsExactly("improvement.smart.relevant.none");
        assertThat(reasons(fromArea)).isEmpty();
    }

    @Test
    void timeBoundNeedsADueDateWithinThreeYears() {
        SmartCheck.Facts f = smart();
        for (Object[] c : new Object[][] {{null, "improvement.smart.timeBound.none"}, {MADE, "improvement.smart.timeBound.past"},
                {MADE.minusDays(1), "improvement.smart.timeBound.past"}, {MADE.plusYears(3).plusDays(1), "improvement.smart.timeBound.far"}}) {
            SmartCheck.Facts due = new SmartCheck.Facts(f.description(), f.ownerName(), true, (LocalDate) c[0], MADE, true,
                    Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of());
            assertThat(reasons(due)).as("due %s", c[0]).containsExactly((String) c[1]);
        }
        SmartCheck.Facts lastDay = new SmartCheck.Facts(f.description(), f.ownerName(), true, MADE.plusYears(3), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of());
        assertThat(reasons(lastDay)).isEmpty();
    }

    @Test
    void progressIsReadInTheIndicatorsGoodDirection() {
        assertThat(ImprovementProgress.reading(new BigDecimal("91"), new BigDecimal("78"), new BigDecimal("90"), 1))
                .isEqualTo(ActionProgress.Reading.TARGET_MET);
        assertThat(ImprovementProgress.reading(new BigDecimal("82"), new BigDecimal("78"), new BigDecimal("90"), 1))
                .isEqualTo(ActionProgress.Reading.IMPROVED);
        assertThat(ImprovementProgress.reading(new BigDecimal("82"), new BigDecimal("78"), new BigDecimal("60"), -1))
                .isEqualTo(ActionProgress.Reading.WORSENED);
        assertThat(ImprovementProgress.reading(new BigDecimal("78.0"), new BigDecimal("78"), new BigDecimal("90"), 1))
                .isEqualTo(ActionProgress.Reading.NO_CHANGE);
        assertThat(ImprovementProgress.reading(new BigDecimal("5"), new BigDecimal("8"), new BigDecimal("10"), 0))
                .isEqualTo(ActionProgress.Reading.CHANGED);
        // A target below the baseline where higher is better is not met by a figure that fell: it got worse.
        assertThat(ImprovementProgress.reading(new BigDecimal("65"), new BigDecimal("70"), new BigDecimal("60"), 1))
                .isEqualTo(ActionProgress.Reading.WORSENED);
        assertThat(ImprovementProgress.reading(new BigDecimal("75"), new BigDecimal("70"), new BigDecimal("60"), 1))
                .isEqualTo(ActionProgress.Reading.IMPROVED);
        // With no baseline, a target is read as given.
        assertThat(ImprovementProgress.reading(new BigDecimal("91"), null, new BigDecimal("90"), 1))
                .isEqualTo(ActionProgress.Reading.TARGET_MET);
    }

    @Test
    void measurableNeedsAMeasureOfTheActionsOwnQualityIndicator() {
        SmartCheck.Facts f = smart();
        SmartCheck.Facts unrelated = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of("9.2"));
        SmartResult result = SmartCheck.check(unrelated);
        assertThat(result.failedInitials()).isEqualTo("M");
        assertThat(result.failures().get(0).messageKey()).isEqualTo("improvement.smart.measurable.unrelated");
        assertThat(result.failures().get(0).arguments()).containsExactly("5.1", "9.2");
        // A measure that names no quality indicator cannot be said to be unrelated.
        SmartCheck.Facts unnamed = new SmartCheck.Facts(f.description(), f.ownerName(), true, f.dueDate(), MADE, true,
                Polarity.HIGHER_IS_BETTER, true, f.baseline(), f.target(), "5.1", CYCLE, false, List.of());
        assertThat(SmartCheck.check(unnamed).smart()).isTrue();
    }
}
