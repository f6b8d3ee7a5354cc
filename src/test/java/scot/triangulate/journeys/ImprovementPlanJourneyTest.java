package scot.triangulate.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.identity.AccountService;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * Building an improvement plan as a partnership lead meets it: an area for improvement becomes an action, its
 * SMART check says what is missing, the lead fixes it, tests the change in a PDSA cycle and sees the progress page.
 */
class ImprovementPlanJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP = "clackmannanshire";
    private static final String AREA = "Pathway planning starts too late for some young people.";
    private static final String SPECIFIC = "Start pathway planning at 14 for every care experienced young person, "
            + "with one consistent worker";

    @Autowired
    private CycleService cycles;

    @Autowired
    private AccountService accounts;
    @Autowired
    private EvaluationService evaluations;

    private Cycle cycleWithAnArea(boolean javaScript) {
        Cycle cycle = cycles.start(PARTNERSHIP, null,
                "Journey improvement " + javaScript + " " + System.nanoTime(), LocalDate.now().plusMonths(3), List.of(),
                PerspectiveKind.AGENCY, accounts.actingAs("demo-lead"));
        int version = evaluations.evaluation(cycle, "2.1").version();
        evaluations.saveAnswers(cycle, "2.1", new Answers("", "", "", "", AREA, ""), version, accounts.actingAs("demo-lead"));
        return cycle;
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aLeadBuildsAPlanFromAnAreaForImprovement(boolean javaScript) {
        Cycle cycle = cycleWithAnArea(javaScript);
        String plan = "/partnerships/" + PARTNERSHIP + "/cycles/" + cycle.id() + "/improvement-plan";
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, plan);
        expect(h1(page)).hasText("Improvement plan");
        expect(page.locator("#area-1")).containsText(AREA);
        expect(page.locator("main")).containsText("There are no actions in the plan yet.");

        click(page.locator("#area-1").getByRole(AriaRole.LINK));
        expect(h1(page)).hasText("Add an action to the improvement plan");
        expect(page.locator("#area")).containsText(AREA);
        expect(page.locator("#qualityIndicator")).hasValue("2.1");

        // Nothing said about what will change: the error summary links to the field.
        click(button(page, "Add the action"));
        Locator summary = page.locator("#error-summary");
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        expect(link(summary, "Enter what will change")).hasAttribute("href", "#description");
        expect(page.locator("#description")).hasAttribute("aria-invalid", "true");
        expect(page.locator("#area")).containsText(AREA);

        page.locator("#description").fill("Improve pathway planning");
        click(button(page, "Add the action"));
        expect(page).hasURL(Pattern.compile(literal(plan) + "/actions/\\d+$"));
        // The action is headed by what it does, its number above.
        expect(h1(page)).hasText("Improve pathway planning");
        expect(page.locator(".ds_page-header__label")).hasText("Action 1");
        expect(page).hasTitle(Pattern.compile("^Action 1: Improve pathway planning"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("The action has been added to the plan.");
        expect(page.locator("#smart-verdict")).hasText("Not yet SMART: Specific, Measurable, Achievable, Time-bound");
        expect(page.locator("#smart-SPECIFIC")).containsText("not met");
        expect(page.locator("#smart-RELEVANT")).containsText("met");
        expect(page.locator("#smart-TIME_BOUND")).containsText("Give a due date.");

        page.locator("#description").fill(SPECIFIC);
        page.locator("#ownerName").fill("Aileen Murray");
        page.locator("#ownerAgency").selectOption("COUNCIL_SOCIAL_WORK");
        page.locator("#dueDate").fill(LocalDate.now().plusMonths(9).toString());
        // A measure of another quality indicator does not show whether this action worked.
        page.locator("#indicatorCode").selectOption("ird-to-planning-meeting");
        page.locator("#baseline").fill("78");
        page.locator("#target").fill("90");
        page.locator("#status").selectOption("IN_PROGRESS");
        click(button(page, "Save the action"));
        expect(page.locator("#smart-verdict")).hasText("Not yet SMART: Measurable");
        expect(page.locator("#smart-MEASURABLE")).containsText("does not measure QI 2.1");
        page.locator("#indicatorCode").selectOption("care-leavers-positive-destination");
        click(button(page, "Save the action"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("The action has been saved.");
        expect(page.locator("#smart-verdict")).hasText("SMART: meets all five");
        expect(page.locator("#status-now")).hasText("In progress");
        expect(h1(page)).hasText("Start pathway planning at 14 for every care experienced young person, with one…");

        expect(page.locator("main")).containsText("No PDSA cycles yet.");
        page.locator("#plan").fill("Offer a meeting at 14 to the five young people turning 14 this term");
        page.locator("#startDate").fill(LocalDate.now().minusWeeks(2).toString());
        click(button(page, "Add the PDSA cycle"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("The PDSA cycle has been added.");
        expect(heading(page, "PDSA cycle 1")).isVisible();
        expect(page.locator("#pdsa-1-plan")).hasValue("Offer a meeting at 14 to the five young people turning 14 this term");

        click(link(page.locator(".ds_breadcrumbs"), "Improvement plan"));
        expect(page.locator("#action-1")).containsText(SPECIFIC);
        // The area now says which actions were made from it, so a second one is a choice, not an accident.
        expect(page.locator("#area-1-actions")).hasText("Already in the plan from this area: Action 1: Start pathway planning at 14 for every care experienced young person, with one\u2026");
        expect(page.locator("#action-1")).containsText("SMART: meets all five");
        click(link(page.locator("main"), "Progress of the improvement plan"));
        expect(h1(page)).hasText("Progress of the improvement plan");
        expect(page.locator("#overdue-none")).hasText("No action is overdue.");
        Locator row = page.locator("#progress-1");
        expect(row).containsText(SPECIFIC);
        expect(row).containsText("In progress");
        expect(row).containsText("PDSA cycle 1");
        expect(row).containsText("Care leavers in a positive destination");
    }
}
