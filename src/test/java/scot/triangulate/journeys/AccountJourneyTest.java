package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A contributor looks after their own account: personal access tokens for the API, and their password. */
class AccountJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void createAPersonalAccessTokenUseItOnTheApiThenRevokeIt(boolean javaScript) {
        String tokenName = "journey token " + (javaScript ? "js " : "no-js ") + System.currentTimeMillis();
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");
        click(link(mainNavigation(page), "Your account"));
        expect(page).hasURL(Pattern.compile("/account$"));
        expect(h1(page)).hasText("Your account");
        expect(page.locator("main dl")).containsText("demo-contributor");
        expect(page.locator("main dl")).containsText("Chris Contributor");
        expect(heading(page, "Personal access tokens")).isVisible();

        // Creating a token needs the password entered again.
        page.getByLabel("Token name").fill(tokenName);
        page.locator("form[action$='/account/tokens'] #password").fill("not my password");
        click(button(page, "Create token"));
        expect(page.locator("#password-error")).hasText("Your password is not right");
        page.locator("form[action$='/account/tokens'] #password").fill("triangulate-demo");
        click(button(page, "Create token"));
        expect(page).hasURL(Pattern.compile("/account#tokens$"));
        expect(page.locator("main")).containsText("Your new token is below. Copy it now: it will not be shown again.");
        Locator newToken = page.locator("#new-token");
        expect(newToken).isVisible();
        String token = newToken.textContent().strip();
        assertThat(token).isNotBlank().doesNotContainAnyWhitespaces();
        Locator row = tokenRow(page, tokenName);
        expect(row.locator("td").nth(2)).hasText("Never");
        expect(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke token " + tokenName))).isVisible();

        APIRequestContext api = api(token);
        APIResponse own = api.get("/api/partnerships/clackmannanshire");
        assertThat(own.status()).as("own partnership through the API").isEqualTo(200);
        assertThat(own.text()).contains("\"id\":\"clackmannanshire\"", "\"name\":\"Clackmannanshire\"");
        APIResponse other = api.get("/api/partnerships/stirling");
        assertThat(other.status()).as("another partnership through the API").isEqualTo(403);
        assertThat(other.text()).doesNotContain("Stirling");

        // The token was used: the page says when. Then revoke it.
        visit(page, "/account");
        expect(tokenRow(page, tokenName).locator("td").nth(2)).not().hasText("Never");
        expect(page.locator("#new-token")).hasCount(0);
        click(tokenRow(page, tokenName).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Revoke token " + tokenName)));
        expect(page).hasURL(Pattern.compile("/account#tokens$"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("The token has been revoked.");
        expect(tokenRow(page, tokenName).locator("td").nth(3)).hasText("Revoked");
        expect(tokenRow(page, tokenName).getByRole(AriaRole.BUTTON)).hasCount(0);

        APIResponse revoked = api.get("/api/partnerships/clackmannanshire");
        assertThat(revoked.status()).as("a revoked token").isEqualTo(401);
        assertThat(revoked.text()).doesNotContain("Clackmannanshire");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void changingThePasswordWithNothingFilledInShowsTheProblems(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");
        visit(page, "/account");
        Locator passwordForm = page.locator("form[action$='/account/password']");
        // The fields are not marked required, so the browser lets the empty form through to the server.
        click(passwordForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change password")));

        expect(h1(page)).hasText("Your account");
        Locator summary = page.locator("#error-summary");
        expect(summary).isVisible();
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        assertProblem(page, summary, "Enter your current password", "currentPassword");
        assertProblem(page, summary, "Enter a new password", "newPassword");
        assertProblem(page, summary, "Confirm your new password", "confirmPassword");
        expect(summary.getByRole(AriaRole.LINK)).hasCount(3);

        // Following a link in the summary goes to its field.
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter a new password")).click();
        expect(page).hasURL(Pattern.compile("/account/password#newPassword$"));
        expect(page.locator("#newPassword")).isInViewport();

        // Nothing changed: the password still signs in.
        Page again = newPage(javaScript);
        signIn(again, "demo-contributor");
    }

    private void assertProblem(Page page, Locator summary, String message, String field) {
        expect(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(message).setExact(true)))
                .hasAttribute("href", "#" + field);
        Locator input = page.locator("#" + field);
        expect(input).hasAttribute("aria-invalid", "true");
        expect(input).hasAttribute("aria-describedby", Pattern.compile("\\b" + field + "-error\\b"));
        expect(page.locator("#" + field + "-error")).hasText(message);
    }

    private static Locator tokenRow(Page page, String tokenName) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(tokenName))));
    }
}
