package scot.triangulate.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.improvement.PdsaDetails;
import scot.triangulate.partnership.Agency;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService.AreaForImprovement;

/**
 * Demo mode only: an improvement plan for the demo cycle, made from its areas for improvement. One action is
 * measured by the IRD-to-planning-meeting indicator (target 90%), one is worded too vaguely to be Specific, and one
 * is past its due date, so the SMART check and the progress page both have something to show.
 */
@Component
@Conditional(DemoMode.class)
class DemoImprovementPlan {

    static final String IRD_INDICATOR = "ird-to-planning-meeting";
    /** Used as the baseline only while the partnership has no IRD figures yet. */
    private static final BigDecimal IRD_BASELINE_WITHOUT_FIGURES = new BigDecimal("78.0");

    private final CycleService cycles;
    private final ImprovementPlans plans;

    DemoImprovementPlan(CycleService cycles, ImprovementPlans plans) {
        this.cycles = cycles;
        this.plans = plans;
    }

    /** Adds each action and PDSA cycle of the plan that the cycle does not have yet. */
    void load(long cycleId, String partnership) {
        Cycle cycle = cycles.get(partnership, cycleId);
        LocalDate today = LocalDate.now();
        List<AreaForImprovement> areas = plans.areas(cycle);
        AreaForImprovement pathway = area(areas, "2.1");
        AreaForImprovement chronologies = area(areas, "5.2");

        ImprovementAction pathwayPlanning = action(cycle, new ActionDetails(
                "Start pathway planning with every care experienced young person at 14, with one consistent worker "
                        + "and an early conversation about housing",
                "Aileen Murray", Agency.COUNCIL_SOCIAL_WORK, "Clackmannanshire Council", today.plusMonths(9),
                null, null, null, "2.1", "2.1", pathway == null ? null : pathway.text(), ActionStatus.IN_PROGRESS),
                "demo-lead");
        pdsa(cycle, pathwayPlanning, 1, new PdsaDetails(
                "Offer a pathway planning meeting at 14 to the five young people turning 14 this term; we predict four will take it up.",
                "Meetings offered by one worker each; two held in school at the young person's request.",
                "Four of five took part; all asked for housing to be discussed earlier than planned.",
                "Adopt: offer to everyone turning 14, with housing on the first agenda.",
                today.minusMonths(2), today.minusWeeks(2)), "demo-lead");

        BigDecimal baseline = plans.latestFigure(partnership, IRD_INDICATOR).orElse(IRD_BASELINE_WITHOUT_FIGURES);
        ImprovementAction ird = action(cycle, new ActionDetails(
                "Hold every initial child protection planning meeting within 28 days of the IRD by booking the "
                        + "meeting at the IRD itself",
                "Kirsty Paterson", Agency.COUNCIL_SOCIAL_WORK, "Clackmannanshire Council", today.plusMonths(12),
                IRD_INDICATOR, baseline, new BigDecimal("90"), "5.1", null, null, ActionStatus.IN_PROGRESS), "demo-lead");
        pdsa(cycle, ird, 1, new PdsaDetails(
                "Book the planning meeting before the IRD closes, for IRDs in the Alloa team for one month; we predict "
                        + "all meetings will be within 28 days.",
                "Twelve IRDs; ten meetings booked at the IRD.", "Nine of ten booked meetings were within 28 days; "
                        + "the two not booked were both late.", "Adapt: add a booking prompt to the eIRD form.",
                today.minusMonths(3), today.minusMonths(2)), "demo-lead");
        pdsa(cycle, ird, 2, new PdsaDetails(
                "Use the booking prompt in the eIRD form across all teams for one month.", "", "", "",
                today.minusMonths(1), null), "demo-lead");

        action(cycle, new ActionDetails(
                "Adopt one multi-agency chronology template and train health visitors, school nurses and social "
                        + "workers to analyse what events mean for the child",
                "Fiona Kerr", Agency.NHS_BOARD, "NHS Forth Valley", today.minusWeeks(3), null, null, null, "5.2", "5.2",
                chronologies == null ? null : chronologies.text(), ActionStatus.IN_PROGRESS), "demo-contributor");

        // Deliberately vague, so the check shows a failed Specific.
        action(cycle, new ActionDetails("Review and improve practice", "Aileen Murray",
                Agency.COUNCIL_SOCIAL_WORK, null, today.plusMonths(6), "child-plans-reviewed", new BigDecimal("70"),
                new BigDecimal("85"), "6.4", null, null, ActionStatus.NOT_STARTED), "demo-lead");
    }

    /** The plan's action with this description, made if the plan does not have it yet. */
    private ImprovementAction action(Cycle cycle, ActionDetails details, String by) {
        return plans.actions(cycle).stream().filter(a -> a.description().equals(details.description())).findFirst()
                .orElseGet(() -> plans.create(cycle, details, by));
    }

    /** Adds the action's {@code number}th PDSA cycle unless it has one. */
    private void pdsa(Cycle cycle, ImprovementAction action, int number, PdsaDetails details, String by) {
        if (plans.action(cycle, action.id()).pdsaCycles().size() < number) {
            plans.addPdsa(cycle, action.id(), details, by);
        }
    }

    private static AreaForImprovement area(List<AreaForImprovement> areas, String code) {
        return areas.stream().filter(a -> a.indicatorCode().equals(code)).findFirst().orElse(null);
    }
}
