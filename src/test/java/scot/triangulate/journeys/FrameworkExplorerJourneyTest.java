package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Someone who is not signed in reads the quality frameworks: browse, search and compare. */
class FrameworkExplorerJourneyTest extends BrowserJourney {

    private static final String QIF_2018 = "Quality Improvement Framework 2018-2019";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void browseFromTheHomePageToAQualityIndicatorAndItsIllustrations(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/");
        expect(h1(page)).hasText("Triangulate");

        click(link(mainNavigation(page), "Frameworks"));
        expect(h1(page)).hasText("Quality frameworks");
        expect(page).hasURL(Pattern.compile("/frameworks$"));

        click(link(page.locator("main table"), QIF_2018));
        expect(h1(page)).hasText(QIF_2018);
        // Question, then key area, then the key area's indicators.
        Locator keyArea = page.locator("h3#key-area-2");
        expect(keyArea).hasText("Key area 2: Impact on children, young people and families");
        expect(keyArea.locator("xpath=preceding-sibling::h2[1]")).hasText("How well do we meet the needs of our stakeholders?");
        Locator indicators = keyArea.locator("xpath=following-sibling::ul[1]//a");
        expect(indicators).hasText(new String[] {"QI 2.1: Impact on children and young people", "QI 2.2: Impact on families"});

        click(link(page, "QI 2.1: Impact on children and young people"));
        expect(h1(page)).hasText("QI 2.1: Impact on children and young people");
        expect(page.locator("#key-factors + .tri-lead")).hasText(Pattern.compile("^The extent to which children and young people"));
        Locator veryGood = heading(page, "Very good illustration");
        Locator weak = heading(page, "Weak illustration");
        expect(veryGood).isVisible();
        expect(weak).isVisible();
        BoundingBox left = veryGood.boundingBox();
        BoundingBox right = weak.boundingBox();
        assertThat(Math.abs(left.y - right.y)).as("very good and weak headings on the same row").isLessThan(2.0);
        assertThat(right.x).as("weak illustration to the right of very good").isGreaterThan(left.x + left.width);
        assertThat(page.locator("section[aria-labelledby=very-good] li").count()).isPositive();
        assertThat(page.locator("section[aria-labelledby=weak] li").count()).isPositive();

        click(link(page.locator(".ds_breadcrumbs"), QIF_2018));
        expect(h1(page)).hasText(QIF_2018);
        click(link(page, "Very good and weak illustrations for the eight wellbeing indicators"));
        expect(h1(page)).hasText("Wellbeing indicators");
        expect(page.locator("main h2")).hasText(new String[] {
                "Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"});

        click(link(page.locator(".ds_breadcrumbs"), "Quality frameworks"));
        click(link(page, "The six-point scale"));
        expect(h1(page)).hasText("The six-point scale");
        expect(page.locator("main tbody th")).hasText(new String[] {
                "Excellent", "Very good", "Good", "Adequate", "Weak", "Unsatisfactory"});
        expect(page.locator("main tbody td:nth-of-type(1)")).hasText(new String[] {"6", "5", "4", "3", "2", "1"});
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void readTheFrameworksOwnGuidanceAndTheNotesItsTextRefersTo(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/frameworks/qif-2018");
        click(link(page, "The framework\u2019s own guidance on using it for self-evaluation"));
        expect(page).hasURL(Pattern.compile("/frameworks/qif-2018/guidance$"));
        expect(h1(page)).hasText("Guidance on self-evaluation");
        expect(page.locator(".ds_contents-nav__link")).hasText(new String[] {
                "1. Introduction", "2. The quality improvement framework", "3. Self-evaluation"});
        // The three questions, as the framework asks them, under its self-evaluation section.
        expect(page.locator("main h3")).hasText(new String[] {
                "The process of self-evaluation", "How good are we now?", "How do we know?", "How good can we be?"});
        expect(page.locator("#how-do-we-know ~ ul").first()).containsText("\u2018triangulation\u2019");

        // A note's mark leads to the note, on the page itself.
        page.locator("sup a[href='#note-1']").click();
        expect(page).hasURL(Pattern.compile("/guidance#note-1$"));
        expect(page.locator("#note-1")).containsText("A guide to evaluating services using quality indicators");

        click(link(page.locator(".ds_breadcrumbs"), QIF_2018));
        click(link(page, "QI 6.2: Planning and improving services"));
        Locator panel = page.locator("section[aria-labelledby=demonstrate] li").filter(new Locator.FilterOptions().setHasText("PANEL"));
        expect(panel).hasText("Plans are fully reflective of the rights of children and young people and uphold the PANEL3 principles;");
        panel.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Locator.GetByRoleOptions().setName("Note 3")).click();
        expect(page).hasURL(Pattern.compile("/indicators/6\\.2#note-3$"));
        expect(page.locator("#note-3")).containsText("PANEL - Participation, Accountability, Non-discrimination and Equality");
        expect(heading(page, "Notes")).isVisible();
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void searchTheFrameworksAndOpenAMatchingIndicator(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/frameworks");
        page.getByLabel("Search all framework text").fill("chronologies");
        click(button(page, "Search"));

        expect(h1(page)).hasText("Search the frameworks");
        expect(page).hasURL(Pattern.compile("/frameworks/search\\?.*q=chronologies"));
        expect(page.locator("#results-heading")).hasText(Pattern.compile("^\\d+ results for \u2018chronologies\u2019$"));
        Locator results = page.locator(".ds_search-result");
        assertThat(results.count()).isPositive();
        Locator marks = page.locator(".ds_search-result__summary mark");
        expect(marks.first()).isVisible();
        expect(marks.first()).hasText(Pattern.compile("chronolog", Pattern.CASE_INSENSITIVE));

        Locator indicatorLinks = page.locator("a.ds_search-result__link[href*='/indicators/']");
        assertThat(indicatorLinks.count()).as("results linking to a quality indicator").isPositive();
        String heading = indicatorLinks.first().textContent().strip();
        click(indicatorLinks.first());
        expect(page).hasURL(Pattern.compile("/frameworks/[a-z0-9-]+/indicators/[0-9.]+$"));
        expect(h1(page)).hasText(Pattern.compile("^QI " + literal(heading.substring(0, heading.indexOf(' '))) + ": "));
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void compareThe2012FrameworkWithThe2018Framework(boolean javaScript) {
        Page page = newPage(javaScript);
        visit(page, "/frameworks/compare?from=qif-2012&to=qif-2018");
        expect(h1(page)).hasText("Compare framework versions");
        assertRenamedInitialResponse(page);

        // The same comparison chosen with the form.
        visit(page, "/frameworks");
        click(link(page, "Compare any two framework versions"));
        expect(h1(page)).hasText("Compare framework versions");
        expect(page.locator("#results-heading, main table")).hasCount(0);
        page.getByLabel("Older version").selectOption("qif-2012");
        page.getByLabel("Newer version").selectOption("qif-2018");
        click(button(page, "Compare"));
        expect(page).hasURL(Pattern.compile("/frameworks/compare\\?from=qif-2012&to=qif-2018$"));
        expect(page.getByLabel("Older version")).hasValue("qif-2012");
        expect(page.getByLabel("Newer version")).hasValue("qif-2018");
        assertRenamedInitialResponse(page);
    }

    private void assertRenamedInitialResponse(Page page) {
        expect(heading(page, "Renamed")).isVisible();
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^5\\.1$")))));
        expect(row).hasCount(1);
        expect(row.locator("td")).hasText(new String[] {"Providing help and support at an early stage", "Initial response"});
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anAddressThatDoesNotExistShowsTheNotFoundPage(boolean javaScript) {
        Page page = newPage(javaScript);
        visitExpectingError(page, "/frameworks/nope", 404);
        expect(h1(page)).hasText("Page not found");
        expect(page.locator("main")).containsText("If you typed the web address, check it is correct.");
        click(link(page.locator("main"), "Go to the home page"));
        expect(h1(page)).hasText("Triangulate");
    }

    @Test
    void theAccessibilityStatementIsLinkedFromTheFooter() {
        Page page = newPage(true);
        visit(page, "/frameworks");
        click(link(page.locator("footer"), "Accessibility statement"));
        expect(page).hasURL(Pattern.compile("/accessibility$"));
        expect(h1(page)).hasText("Accessibility statement");
        expect(heading(page, "Compliance status")).isVisible();
        expect(page.locator("main")).containsText("WCAG");
        expect(page).hasTitle("Accessibility statement - Triangulate");
    }
}
