package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.triangulate.IntegrationTest;

/**
 * Base of the browser journeys: the whole application on a random port, driven by the machine's Chromium
 * through Playwright. One browser per test class, a fresh context (cookies, storage) per test. Every page
 * a journey lands on is checked: its HTTP status, exactly one h1, and axe-core's WCAG 2.2 AA rules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    static final String PASSWORD = "triangulate-demo";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    @LocalServerPort
    int port;

    protected Playwright playwright;
    protected Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<APIRequestContext> apiContexts = new ArrayList<>();
    /** The status of the last document each page's main frame received (after any redirects). */
    private final Map<Page, Integer> documentStatus = new ConcurrentHashMap<>();
    private final Map<Page, List<String>> scriptErrors = new ConcurrentHashMap<>();
    private final Map<BrowserContext, Boolean> javaScriptEnabled = new ConcurrentHashMap<>();

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("triangulate.test.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterEach
    void closeContexts() {
        apiContexts.forEach(APIRequestContext::dispose);
        apiContexts.clear();
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        documentStatus.clear();
        scriptErrors.clear();
        javaScriptEnabled.clear();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    // ---- contexts and pages ---------------------------------------------------------------------------

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh context with JavaScript on, closed after the test. */
    BrowserContext context() {
        return newContext(true);
    }

    /** A fresh context with JavaScript off, closed after the test. */
    BrowserContext contextWithoutJavaScript() {
        return newContext(false);
    }

    BrowserContext newContext(boolean javaScript) {
        // With JavaScript off, Chromium does not settle the design system's smooth scrolling for Playwright's
        // "element is stable" check, so clicks far down a page time out; such a person gets instant scrolling
        // (the design system's own prefers-reduced-motion rule), which changes nothing else on the page.
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setReducedMotion(javaScript ? ReducedMotion.NO_PREFERENCE : ReducedMotion.REDUCE)
                .setBaseURL(baseUrl())
                .setViewportSize(WIDTH, HEIGHT)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        javaScriptEnabled.put(context, javaScript);
        return context;
    }

    /** A new page in a fresh context, with JavaScript on or off. */
    Page newPage(boolean javaScript) {
        return track(newContext(javaScript).newPage());
    }

    Page track(Page page) {
        page.onPageError(error -> scriptErrors.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>())
                .add(page.url() + ": " + error));
        page.onResponse(response -> {
            if (isDocument(page, response)) {
                documentStatus.put(page, response.status());
            }
        });
        return page;
    }

    /** An API client sending the given bearer token, disposed of after the test. */
    APIRequestContext api(String bearerToken) {
        APIRequestContext api = playwright.request().newContext(new APIRequest.NewContextOptions()
                .setBaseURL(baseUrl())
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + bearerToken, "Accept", "application/json")));
        apiContexts.add(api);
        return api;
    }

    // ---- navigation ----------------------------------------------------------------------------------

    /** Opens a path and checks the page: status below 400, one h1, accessible. */
    Page visit(Page page, String path) {
        page.navigate(path);
        checkPage(page);
        return page;
    }

    /** Opens a path expecting the error page with the given status; checks it has one h1 and is accessible. */
    Page visitExpectingError(Page page, String path, int status) {
        page.navigate(path);
        checkErrorPage(page, status);
        return page;
    }

    /** Clicks something that loads a new document (a link or a form's button) and checks the page it lands on. */
    void click(Locator target) {
        Page page = target.page();
        follow(page, target::click);
        checkPage(page);
    }

    /** Runs an action that loads a new document and waits until it has loaded (following redirects). */
    void follow(Page page, Runnable action) {
        page.waitForResponse(response -> isDocument(page, response) && !isRedirect(response.status()), action);
        page.waitForLoadState();
    }

    private static boolean isDocument(Page page, Response response) {
        return response.request().isNavigationRequest() && response.frame() == page.mainFrame();
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    // ---- sign in -------------------------------------------------------------------------------------

    /** Signs in on /login as a demo account and checks the page it lands on. */
    void signIn(Page page, String username) {
        visit(page, "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        click(page.locator("main form button[type=submit]"));
        expect(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main").setExact(true))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    /** The desktop navigation (the mobile menu is hidden at the journeys' width). */
    Locator mainNavigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main").setExact(true));
    }

    Locator link(Locator scope, String name) {
        return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator h1(Page page) {
        return page.locator("h1");
    }

    // ---- checks --------------------------------------------------------------------------------------

    /**
     * The confirmation is where the person lands, not thousands of pixels away: the page opens at it, it has focus
     * (so a screen reader reads it) and it is on screen.
     */
    static void assertSavedWhereTheyLand(Page page, String message) {
        Locator notice = page.locator("#notice");
        expect(notice).hasText(message);
        expect(notice).hasAttribute("role", "status");
        expect(notice).isInViewport();
        expect(notice).isFocused();
        expect(page).hasURL(Pattern.compile("#notice$"));
    }

    /**
     * The page is no wider than the window. Chromium runs no script in a page with JavaScript off, so such a page is
     * measured as a copy, as {@link #assertAccessible} checks it: its document at the same address and window size,
     * with its style sheets and none of its scripts.
     */
    void assertNoSidewaysScrolling(Page page, boolean javaScript) {
        assertThat(sidewaysOverflow(page, javaScript)).as("overflow of %s at %s px, JavaScript %s", page.url(),
                page.viewportSize().width, javaScript ? "on" : "off").isLessThanOrEqualTo(0);
    }

    /** How many pixels wider than the window the page is (0 or less when it fits). */
    int sidewaysOverflow(Page page, boolean javaScript) {
        String measure = "() => document.documentElement.scrollWidth - window.innerWidth";
        if (javaScript) {
            return ((Number) page.evaluate(measure)).intValue();
        }
        String html = page.content();
        BrowserContext copy = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(true)
                .setViewportSize(page.viewportSize().width, page.viewportSize().height).setLocale("en-GB"));
        try {
            Page measured = copy.newPage();
            measured.route("**/*", route -> {
                if (route.request().isNavigationRequest()) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                            .setBody(html));
                } else if ("script".equals(route.request().resourceType())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            measured.navigate(page.url());
            measured.waitForLoadState(LoadState.LOAD);
            return ((Number) measured.evaluate(measure)).intValue();
        } finally {
            copy.close();
        }
    }

    /** A page the journey expects to work: status below 400, exactly one h1, no axe violations. */
    void checkPage(Page page) {
        Integer status = documentStatus.get(page);
        assertThat(status).as("HTTP status of %s", page.url()).isNotNull().isLessThan(400);
        assertOneH1(page);
        assertAccessible(page);
        assertNoScriptErrors(page);
    }

    /** The page's scripts ran without an uncaught error (a broken enhancement is a broken page). */
    void assertNoScriptErrors(Page page) {
        assertThat(scriptErrors.getOrDefault(page, List.of())).as("script errors on %s", page.url()).isEmpty();
    }

    /** An error page the journey expects: the given status, exactly one h1, no axe violations. */
    void checkErrorPage(Page page, int expectedStatus) {
        assertThat(documentStatus.get(page)).as("HTTP status of %s", page.url()).isEqualTo(expectedStatus);
        assertOneH1(page);
        assertAccessible(page);
    }

    void assertOneH1(Page page) {
        assertThat(page.locator("h1").count()).as("number of h1 elements on %s", page.url()).isEqualTo(1);
    }

    /**
     * Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page; fails listing every violation.
     * axe-core is a script, and Chromium runs no script at all in a page with JavaScript off (an evaluation
     * there never returns), so a page without JavaScript is checked as a copy: its document served at the
     * same address, with the same style sheets, in a page that blocks every script of its own.
     */
    void assertAccessible(Page page) {
        if (javaScriptEnabled.getOrDefault(page.context(), true)) {
            assertNoViolations(page.url(), new AxeBuilder(page).withTags(WCAG_TAGS).analyze());
            return;
        }
        String url = page.url();
        String html = page.content();
        BrowserContext checker = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(true)
                .setViewportSize(WIDTH, HEIGHT)
                .setLocale("en-GB"));
        try {
            Page copy = checker.newPage();
            copy.route("**/*", route -> {
                Request request = route.request();
                if (request.isNavigationRequest()) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200)
                            .setContentType("text/html; charset=utf-8").setBody(html));
                } else if ("script".equals(request.resourceType())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            copy.navigate(url);
            copy.waitForLoadState(LoadState.LOAD);
            assertNoViolations(url + " (JavaScript off)", new AxeBuilder(copy).withTags(WCAG_TAGS).analyze());
        } finally {
            checker.close();
        }
    }

    private static void assertNoViolations(String where, AxeResults results) {
        assertThat(results.getErrorMessage()).as("axe-core error on %s", where).isNull();
        assertThat(results.getPasses()).as("rules axe-core checked and passed on %s", where).isNotEmpty();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + where + ":\n" + violations.stream()
                    .map(BrowserJourney::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(BrowserJourney::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + "  " + node.getHtml()
                + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
    }

    /**
     * Text to match literally in a regular expression given to Playwright, which runs it as JavaScript
     * (where Java's {@code \Q...\E} quoting does not exist).
     */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    static PageAssertions expect(Page page) {
        return PlaywrightAssertions.assertThat(page);
    }
}
