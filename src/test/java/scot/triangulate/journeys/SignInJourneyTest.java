package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in and out, and what a partnership's members and outsiders can see. */
class SignInJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aPartnershipLeadSignsInOpensTheirPartnershipAndItsAuditThenSignsOut(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/");
        click(link(mainNavigation(page), "Sign in"));
        expect(h1(page)).hasText("Sign in");

        signIn(page, "demo-lead");
        expect(page).hasURL(Pattern.compile("/$"));
        expect(heading(page, "Your partnerships")).isVisible();
        Locator partnership = link(page.locator("main"), "Clackmannanshire");
        expect(partnership).isVisible();
        expect(partnership.locator("xpath=..")).containsText("Partnership lead");
        expect(link(mainNavigation(page), "Admin")).hasCount(0);

        click(partnership);
        expect(page).hasURL(Pattern.compile("/partnerships/clackmannanshire$"));
        expect(h1(page)).hasText("Clackmannanshire");
        expect(page.locator("main")).containsText("You are a Partnership lead in this partnership.");
        Locator members = page.locator("main table tbody tr");
        expect(members.filter(new Locator.FilterOptions().setHasText("Lesley Lead"))).hasCount(1);
        Locator contributor = members.filter(new Locator.FilterOptions().setHasText("Chris Contributor"));
        expect(contributor.locator("td")).hasText(new String[] {"Chris Contributor", "Contributor", "NHS Forth Valley"});

        click(link(page, "Audit: who changed what"));
        expect(page).hasURL(Pattern.compile("/partnerships/clackmannanshire/audit$"));
        expect(h1(page)).hasText("Audit");
        expect(link(page.locator(".ds_breadcrumbs"), "Partnership home page")).isVisible();

        click(mainNavigation(page).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sign out")));
        expect(page).hasURL(Pattern.compile("/\\?signed-out$"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        expect(link(mainNavigation(page), "Sign in")).isVisible();
        expect(heading(page, "Your partnerships")).hasCount(0);

        // Signed out, the partnership's page asks for sign-in again.
        visit(page, "/partnerships/clackmannanshire");
        expect(page).hasURL(Pattern.compile("/login$"));
        expect(h1(page)).hasText("Sign in");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aWrongPasswordShowsTheErrorSummaryAndStaysOnSignIn(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/login");
        page.getByLabel("Username").fill("demo-inspector");
        page.getByLabel("Password").fill("not-the-password");
        click(page.locator("main form button[type=submit]"));

        expect(page).hasURL(Pattern.compile("/login\\?error$"));
        expect(h1(page)).hasText("Sign in");
        Locator summary = page.locator("#error-summary");
        expect(summary).isVisible();
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        Locator problem = summary.getByRole(AriaRole.LINK);
        expect(problem).hasText("Your username or password is not right. Check them and try again. "
                + "After several failed attempts you need to wait a few minutes before trying again.");
        expect(problem).hasAttribute("href", "#username");
        expect(link(mainNavigation(page), "Sign in")).isVisible();
        expect(mainNavigation(page).getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anotherPartnershipsLeadCannotSeeClackmannanshire(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-other-lead");
        expect(link(page.locator("main"), "Stirling")).isVisible();
        expect(link(page.locator("main"), "Clackmannanshire")).hasCount(0);

        visitExpectingError(page, "/partnerships/clackmannanshire", 403);
        expect(h1(page)).hasText("You cannot see this page");
        assertNothingOfClackmannanshire(page);

        visitExpectingError(page, "/partnerships/clackmannanshire/audit", 403);
        expect(h1(page)).hasText("You cannot see this page");
        assertNothingOfClackmannanshire(page);

        // Their own partnership still opens.
        visit(page, "/partnerships/stirling");
        expect(h1(page)).hasText("Stirling");
        expect(page.locator("main")).containsText("Oisin Other-Lead");
    }

    private static void assertNothingOfClackmannanshire(Page page) {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("NHS Forth Valley", "Lesley Lead", "Chris Contributor", "Clackmannanshire Council");
        assertThat(page.content()).doesNotContain("NHS Forth Valley", "Lesley Lead", "Chris Contributor");
    }
}
