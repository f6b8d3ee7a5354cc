package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * A lead's morning: the partnership's home page lists the day's work, and each line goes where the work is done.
 * The header's Sign out sits in line with the navigation links beside it.
 */
class PartnershipHomeJourneyTest extends BrowserJourney {

    /** A partnership no other test works in, so the current cycle is the one made here. */
    private static final String PARTNERSHIP = "eilean-siar";

    @Autowired
    private AccountService accounts;
    @Autowired
    private CycleService cycles;
    @Autowired
    private ImprovementPlans plans;
    @Autowired
    private PartnershipService partnerships;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aLeadOpensTheTaskListAndGoesWhereTheWorkIs(boolean javaScript) {
        String lead = "morning-lead-" + System.nanoTime();
        accounts.create(lead, "Morna Lead", null, PASSWORD, EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(lead, PARTNERSHIP, MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK, null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Cycle cycle = cycles.start(PARTNERSHIP, null, "Morning cycle " + System.nanoTime(),
                today.plusDays(14), List.of("2.1", "5.1"), PerspectiveKind.AGENCY, accounts.actingAs(lead));
        plans.create(cycle, new ActionDetails("Review every child's plan within 28 days", "A Owner", null, null,
                today.minusDays(2), null, null, null, null, null, null, ActionStatus.IN_PROGRESS), lead);
        String home = "/partnerships/" + PARTNERSHIP;

        Page page = newPage(javaScript);
        signIn(page, lead);
        visit(page, home);
        expect(h1(page)).hasText(partnerships.get(PARTNERSHIP).name());
        expect(heading(page, "Your work")).isVisible();
        Locator tasks = page.locator("#task-list > li");
        expect(tasks).hasCount(6);
        expect(page.locator("#task-cycle")).containsText(cycle.title());
        expect(page.locator("#task-cycle .ds_task-list__task-status")).hasText("Due in 14 days");
        expect(page.locator("#task-evaluations")).containsText(
                "Of the 2 quality indicators in scope: 0 drafted, 0 graded, 0 agreed and 0 triangulated.");
        expect(page.locator("#task-statement")).containsText("0 of 5,000 words");
        expect(page.locator("#task-overdue .ds_task-list__task-status")).hasText("1 overdue");

        // Sign out is a button in a form, drawn in line with the links beside it.
        Locator navigation = mainNavigation(page);
        BoundingBox account = link(navigation, "Your account").boundingBox();
        BoundingBox signOut = navigation.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sign out")).boundingBox();
        assertThat(signOut.y).isCloseTo(account.y, org.assertj.core.data.Offset.offset(0.5));
        assertThat(signOut.height).isCloseTo(account.height, org.assertj.core.data.Offset.offset(0.5));

        String base = home + "/cycles/" + cycle.id();
        click(link(page.locator("#task-statement"), "Position statement"));
        expect(page).hasURL(Pattern.compile(literal(base + "/position-statement") + "$"));
        expect(h1(page)).hasText("Position statement");

        visit(page, home);
        click(link(page.locator("#task-checks"), "Submission checks"));
        expect(page).hasURL(Pattern.compile(literal(base + "/position-statement/checks") + "$"));
        expect(h1(page)).hasText("Check and submit");

        visit(page, home);
        click(page.locator("#task-overdue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Action 1: Review every child's plan within 28 days \\(due "))));
        expect(page).hasURL(Pattern.compile(literal(base + "/improvement-plan/actions/") + "\\d+$"));
        expect(h1(page)).hasText("Review every child's plan within 28 days");

        visit(page, home);
        click(link(page.locator("#task-cycle"), cycle.title()));
        expect(page).hasURL(Pattern.compile(literal(base) + "$"));
    }
}
