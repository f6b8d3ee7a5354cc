package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An administrator manages people, partnerships and frameworks; nobody else gets into the admin pages. */
class AdminJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP = "Angus";

    @TempDir
    Path files;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void addAPersonThenGiveThemAMembership(boolean javaScript) {
        String username = "journey-" + System.currentTimeMillis() + (javaScript ? "-js" : "-nojs");
        String displayName = "Journey Person " + (javaScript ? "Js" : "NoJs");
        Page page = newPage(javaScript);
        signIn(page, "demo-admin");
        click(link(mainNavigation(page), "Admin"));
        expect(page).hasURL(Pattern.compile("/admin$"));
        expect(h1(page)).hasText("Administration");

        click(link(page.locator("main"), "People"));
        expect(h1(page)).hasText("People");
        expect(link(page.locator("main table"), "demo-admin")).isVisible();
        expect(link(page.locator("main table"), username)).hasCount(0);

        click(link(page.locator("main"), "Add a person"));
        expect(h1(page)).hasText("Add a person");
        click(button(page, "Create account"));
        expect(h1(page)).hasText("Add a person");
        Locator summary = page.locator("#error-summary");
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        expect(link(summary, "Enter a username")).hasAttribute("href", "#username");
        expect(link(summary, "Enter the person's name")).hasAttribute("href", "#displayName");
        expect(link(summary, "Enter a password")).hasAttribute("href", "#password");
        expect(page.locator("#username-error")).containsText("Enter a username");
        expect(page.locator("#displayName-error")).hasText("Enter the person's name");
        expect(page.locator("#password-error")).hasText("Enter a password");
        expect(page.locator("#username")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Username").fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(displayName);
        page.getByLabel("Email address (optional)").fill(username + "@example.org");
        page.getByLabel("Password").fill("a journey's long password");
        click(button(page, "Create account"));
        expect(page).hasURL(Pattern.compile("/admin/people/" + literal(username) + "$"));
        expect(h1(page)).hasText(displayName);
        expect(page.getByRole(AriaRole.STATUS)).hasText("The account has been created.");
        expect(page.locator("main")).containsText("No memberships.");

        page.getByLabel("Partnership", new Page.GetByLabelOptions().setExact(true)).selectOption("stirling");
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Contributor"));
        page.getByLabel("Agency", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Police Scotland"));
        click(button(page, "Save membership"));
        expect(h1(page)).hasText(displayName);
        expect(page.getByRole(AriaRole.STATUS)).hasText("The membership has been saved.");
        Locator membership = page.locator("main table tbody tr");
        expect(membership).hasCount(1);
        expect(membership.locator("td").nth(0)).hasText("stirling");
        expect(membership.locator("td").nth(1)).hasText("Contributor");
        expect(membership.locator("td").nth(2)).hasText("Police Scotland");

        click(link(page.locator(".ds_breadcrumbs"), "People"));
        expect(link(page.locator("main table"), username)).isVisible();
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void renameAPartnershipAndRenameItBack(boolean javaScript) {
        String temporaryName = PARTNERSHIP + " (renamed by a journey " + (javaScript ? "with" : "without") + " JavaScript)";
        Page page = newPage(javaScript);
        signIn(page, "demo-admin");
        visit(page, "/admin");
        click(link(page.locator("main"), "Partnerships"));
        expect(h1(page)).hasText("Partnerships");
        expect(page.locator("main table tbody tr")).hasCount(32);

        click(link(page.locator("main table"), PARTNERSHIP));
        expect(page).hasURL(Pattern.compile("/admin/partnerships/angus$"));
        expect(h1(page)).hasText(PARTNERSHIP);
        Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        expect(name).hasValue(PARTNERSHIP);

        name.fill(temporaryName);
        click(button(page, "Save"));
        expect(h1(page)).hasText(temporaryName);
        expect(page.getByRole(AriaRole.STATUS)).hasText("The partnership has been saved.");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(PARTNERSHIP);
        click(button(page, "Save"));
        expect(h1(page)).hasText(PARTNERSHIP);
        expect(page.getByRole(AriaRole.STATUS)).hasText("The partnership has been saved.");

        click(link(page.locator(".ds_breadcrumbs"), "Partnerships"));
        expect(link(page.locator("main table"), PARTNERSHIP)).isVisible();
        expect(link(page.locator("main table"), temporaryName)).hasCount(0);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void importAFrameworkFileAndHaveAMalformedOneRefused(boolean javaScript) throws IOException {
        String id = "journey-" + System.currentTimeMillis() + (javaScript ? "-js" : "-nojs");
        String title = "Journey framework " + id;
        Path valid = write(id + ".yaml", framework(id, title, "1.2"));
        String badId = id + "-bad";
        Path malformed = write(badId + ".yaml", framework(badId, "Malformed " + title, "1.1"));

        Page page = newPage(javaScript);
        signIn(page, "demo-admin");
        visit(page, "/admin");
        click(link(page.locator("main"), "Frameworks"));
        expect(h1(page)).hasText("Frameworks");
        Locator table = page.locator("main table");
        expect(table).containsText("qif-2018");
        expect(table).not().containsText(id);

        page.getByLabel("Framework file").setInputFiles(valid);
        click(button(page, "Import framework"));
        expect(page).hasURL(Pattern.compile("/admin/frameworks$"));
        expect(page.getByRole(AriaRole.STATUS)).hasText("Framework " + id + " has been imported.");
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(Pattern.compile("^" + literal(id) + "$")))));
        expect(row).hasCount(1);
        expect(row.locator("td")).hasText(new String[] {id, title, "1", "Imported"});

        page.getByLabel("Framework file").setInputFiles(malformed);
        click(button(page, "Import framework"));
        expect(h1(page)).hasText("Frameworks");
        Locator summary = page.locator("#error-summary");
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        expect(link(summary, "The framework file cannot be imported. Nothing was changed.")).hasAttribute("href", "#file");
        Locator problems = summary.locator("li");
        expect(problems.filter(new Locator.FilterOptions().setHasText(badId + ".yaml"))).hasCount(1);
        expect(problems.filter(new Locator.FilterOptions().setHasText(badId + ".yaml")))
                .containsText("duplicate quality indicator code '1.1'");
        expect(page.locator("#file")).hasAttribute("aria-describedby", "file-hint file-error");
        expect(page.locator("main table")).not().containsText(badId);
        expect(page.locator("main table")).containsText(id);

        visit(page, "/admin");
        click(link(page.locator("main"), "Audit"));
        expect(h1(page)).hasText("Audit");
        Locator entry = page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHasText("framework " + id));
        expect(entry).hasCount(1);
        expect(entry.locator("td").nth(1)).hasText("demo-admin");
        expect(entry.locator("td").nth(2)).hasText("framework.imported");
        expect(entry.locator("td").nth(5)).containsText(title);
        expect(page.locator("main table")).not().containsText(badId);

        // Anyone can now read the imported framework.
        visit(page, "/frameworks/" + id);
        expect(h1(page)).hasText(title);
        click(link(page, "QI 1.2: Second indicator"));
        expect(heading(page, "Very good illustration")).isVisible();
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aPartnershipLeadCannotOpenTheAdminPages(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        expect(link(mainNavigation(page), "Admin")).hasCount(0);
        visitExpectingError(page, "/admin", 403);
        expect(h1(page)).hasText("You cannot see this page");
        visitExpectingError(page, "/admin/people", 403);
        expect(h1(page)).hasText("You cannot see this page");
        assertThat(page.locator("main").innerText()).doesNotContain("demo-admin");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void feedbackFromTheBetaBannerReachesTheAdministrators(boolean javaScript) {
        String words = "The compare page could show both versions side by side, run " + System.nanoTime();
        Page visitor = newPage(javaScript);
        visit(visitor, "/frameworks");
        click(link(visitor.locator(".ds_phase-banner"), "feedback"));
        expect(h1(visitor)).hasText("Give feedback on Triangulate");
        click(button(visitor, "Send feedback"));
        expect(link(visitor.locator("#error-summary"), "Enter your feedback")).hasAttribute("href", "#feedback");
        visitor.getByLabel("Your feedback").fill(words);
        click(button(visitor, "Send feedback"));
        expect(h1(visitor)).hasText("Thank you for your feedback");
        click(link(visitor.locator("main"), "Go back to the page you were on"));
        expect(visitor).hasURL(Pattern.compile("/frameworks$"));

        Page admin = newPage(javaScript);
        signIn(admin, "demo-admin");
        visit(admin, "/admin");
        click(link(admin.locator("main"), "Feedback from people using the service"));
        expect(h1(admin)).hasText("Feedback from people using the service");
        Locator latest = admin.locator("#feedback-list tbody tr").first();
        expect(latest.locator("td").nth(1)).hasText("/frameworks");
        expect(latest.locator("td").nth(2)).hasText(words);
        expect(latest.locator("td").nth(3)).hasText("Not signed in, no email address");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A small framework in the format of src/main/resources/frameworks/README.md; its second indicator has the given code. */
    private static String framework(String id, String title, String secondCode) {
        return """
                id: "%s"
                title: "%s"
                version: "1"
                publisher: "Triangulate journey tests"
                source: "Written for a browser journey"
                scale: "six-point"
                questions:
                - code: "1"
                  title: "What key outcomes have we achieved?"
                keyAreas:
                - code: "1"
                  question: "1"
                  title: "Outcomes"
                  description: ""
                indicators:
                - code: "1.1"
                  keyArea: "1"
                  title: "First indicator"
                  focus: true
                  keyFactors:
                  - "A key factor"
                  demonstrate: []
                  possibleEvidence: []
                  veryGoodIllustrations:
                  - "A very good illustration"
                  weakIllustrations:
                  - "A weak illustration"
                - code: "%s"
                  keyArea: "1"
                  title: "Second indicator"
                  focus: false
                  veryGoodIllustrations:
                  - "Another very good illustration"
                  weakIllustrations:
                  - "Another weak illustration"
                """.formatted(id, title, secondCode);
    }
}
