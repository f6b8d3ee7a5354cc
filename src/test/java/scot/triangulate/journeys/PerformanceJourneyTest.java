package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.performance.Comparators;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorSummary;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * The performance pages as Clackmannanshire's lead meets them: importing figures from a CSV file (a file with bad
 * rows refused with a report of every one, then a good one), an indicator's run and control charts with the choice
 * of chart and the downloads, a figure added and revised with its history, an indicator published to the document
 * log, a generated draft added to the position statement's data section, comparators chosen and cleared, and each
 * indicator's trend line on the dashboard at a desktop's and a phone's width. Each journey runs with JavaScript on
 * and off; every page is checked by axe-core. Figures are for periods in the 1940s
 * (JavaScript on in one year, off in another) so they never meet the demonstration data, with values close to the
 * demonstration series' mean (about 78%) so that they neither raise signals of their own nor move its centre line.
 */
class PerformanceJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP_SLUG = "clackmannanshire";
    private static final String PARTNERSHIP = "/partnerships/" + PARTNERSHIP_SLUG;
    private static final String PERFORMANCE = PARTNERSHIP + "/performance";
    private static final String IRD = "ird-to-planning-meeting";
    private static final String IRD_NAME = "Child protection planning meetings held within 28 days of the IRD";
    private static final String REGISTER_RATE_NAME = "Children on the child protection register per 1,000 children aged 0-15";
    private static final long DEMO_CYCLE = 1;
    private static final String DATA_SECTION = PARTNERSHIP + "/cycles/" + DEMO_CYCLE + "/position-statement/sections/data";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    private IndicatorValues values;
    @Autowired
    private Comparators comparators;
    @Autowired
    private IndicatorCatalogue catalogue;
    @Autowired
    private CycleService cycles;
    @Autowired
    private PositionStatementService statements;

    @TempDir
    Path files;

    // ---- 1: import a CSV file --------------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void importAFileWithBadRowsSeeEveryProblemThenImportAGoodOne(boolean javaScript) throws IOException {
        String year = javaScript ? "1941" : "1942";
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        int before = values.series(PARTNERSHIP_SLUG, IRD).size();

        openDashboard(page);
        click(link(page, "Import figures from a CSV or Excel file"));
        expect(h1(page)).hasText("Import figures");
        expect(page.locator("#error-summary")).hasCount(0);
        // How to write each kind of period, and a template for each indicator set that downloads in the session.
        expect(page.locator("#period-guide tbody th")).hasText(new String[] {"Month", "Quarter", "Financial year",
            "Census date (31 March)", "Census date (31 July)"});
        Locator template = link(page, "Download a template for Children in need of protection and looked after"
                + " children (Scotland) (CSV)");
        APIResponse downloaded = page.request().get(baseUrl() + template.getAttribute("href"));
        assertThat(downloaded.status()).as("status of the template").isEqualTo(200);
        assertThat(downloaded.text().lines().findFirst().orElseThrow())
                .isEqualTo("partnership,indicator,period,numerator,denominator,value");

        // Three bad rows among good ones: the whole file is refused, every bad row reported by row and column.
        String bad = "bad-figures-" + year + ".csv";
        page.locator("#file").setInputFiles(file(bad, "indicator,period,numerator,denominator\n"
                + IRD + "," + year + "-01,7,10\n"
                + "no-such-indicator," + year + "-02,7,10\n"
                + IRD + ",2030-13,7,10\n"
                + IRD + "," + year + "-03,12,10\n"));
        click(button(page, "Import figures"));
        expect(h1(page)).hasText("Import figures");
        Locator summary = page.locator("#error-summary");
        expect(summary.locator("h2")).hasText("The file " + bad + " was not imported");
        Locator problem = link(summary, "Problems found in the file: 3. Nothing was imported. Nothing has been changed.");
        expect(problem).hasAttribute("href", "#file");
        Locator rows = page.locator("#row-report-table tbody tr");
        expect(rows).hasCount(3);
        assertRow(rows.nth(0), "3", "indicator", "There is no indicator with the code \"no-such-indicator\".");
        assertRow(rows.nth(1), "4", "period",
                "\"2030-13\" is not a month. A month is written as its year and the month's number, like 2030-03 for March 2030.");
        assertRow(rows.nth(2), "5", "numerator", "The numerator is more than the denominator, which cannot be for a percentage.");
        assertThat(values.series(PARTNERSHIP_SLUG, IRD)).as("figures after a refused import").hasSize(before);

        // A good file: back to the dashboard, which counts what was added.
        page.locator("#file").setInputFiles(file("good-figures-" + year + ".csv", "indicator,period,numerator,denominator\n"
                + IRD + "," + year + "-01,8,10\n"
                + IRD + "," + year + "-02,3,4\n"));
        click(button(page, "Import figures"));
        expect(h1(page)).hasText("Performance data");
        expect(page).hasURL(Pattern.compile(literal(PERFORMANCE) + "$"));
        expect(page.locator("#imported")).hasText("Imported: 2 figures added, 0 revised, 0 unchanged.");
        expect(page.locator("#indicator-" + IRD)).isVisible();
        assertThat(values.series(PARTNERSHIP_SLUG, IRD)).as("figures after a good import").hasSize(before + 2)
                .extracting(v -> v.period().label()).contains(year + "-01", year + "-02");
    }

    // ---- 2: an indicator's charts, the choice of chart and the downloads ------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void readAnIndicatorsRunAndControlChartsSwitchTheChartAndDownloadIt(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        openDashboard(page);
        click(page.locator("#indicator-" + IRD).getByRole(AriaRole.LINK));
        expect(h1(page)).hasText(IRD_NAME);
        expect(page).hasURL(Pattern.compile(literal(PERFORMANCE + "/indicators/" + IRD) + "$"));

        // Both charts are drawn, each with its method named, each announced as itself.
        List<IndicatorValue> series = values.series(PARTNERSHIP_SLUG, IRD);
        boolean complete = series.stream().allMatch(v -> v.numerator() != null && v.denominator() != null);
        String chart = complete ? "p" : "xmr";
        assertCharts(page, chart);

        // The table has one row per period, in order, the demonstration's latest month last.
        Locator rows = page.locator("#figures-table tbody tr");
        expect(rows).hasCount(series.size());
        List<String> periods = new ArrayList<>();
        for (Locator row : rows.all()) {
            periods.add(row.locator("th a").textContent().strip());
        }
        assertThat(periods).containsExactlyElementsOf(series.stream().map(v -> v.period().label()).toList());
        assertThat(periods).last().isEqualTo("2026-10");
        assertSignals(page, chart);
        assertDownloads(page, chart);

        Locator choice = page.getByLabel("Chart", new Page.GetByLabelOptions().setExact(true));
        if (!complete) {
            // A figure recorded without its numerator and denominator (IndicatorImportTest stores one) leaves only XmR.
            expect(choice).hasCount(0);
            expect(button(page, "Show this chart")).hasCount(0);
            return;
        }
        // The XmR chart instead, chosen with the form (a GET form: no script needed).
        expect(choice.locator("option")).hasText(new String[] {
            "Control chart for a percentage (P chart)", "Control chart for a count or an average (XmR chart)"});
        expect(choice).hasValue("p");
        choice.selectOption("xmr");
        click(button(page, "Show this chart"));
        expect(h1(page)).hasText(IRD_NAME);
        expect(page).hasURL(Pattern.compile(literal(PERFORMANCE + "/indicators/" + IRD) + "\\?chart=xmr$"));
        expect(page.getByLabel("Chart", new Page.GetByLabelOptions().setExact(true))).hasValue("xmr");
        assertCharts(page, "xmr");
        expect(rows).hasCount(series.size());
        assertSignals(page, "xmr");
        assertDownloads(page, "xmr");

        // And back again.
        page.getByLabel("Chart", new Page.GetByLabelOptions().setExact(true)).selectOption("p");
        click(button(page, "Show this chart"));
        expect(page).hasURL(Pattern.compile("\\?chart=p$"));
        assertCharts(page, "p");
    }

    // ---- 3: a figure added, then revised ---------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void addAFigureThenReviseItAndReadItsHistory(boolean javaScript) {
        String period = (javaScript ? "1943" : "1944") + "-06";
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, PERFORMANCE + "/indicators/" + IRD);
        expect(h1(page)).hasText(IRD_NAME);

        // A figure for a new period.
        page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).fill(period);
        page.locator("#numerator").fill("7");
        page.locator("#denominator").fill("10");
        click(button(page, "Save figure"));
        expect(h1(page)).hasText(IRD_NAME);
        expect(page.locator("#notice")).hasText("The figure for June " + period.substring(0, 4) + " was added.");
        Locator row = figureRow(page, period);
        expect(row.locator("td").nth(0)).hasText("7");
        expect(row.locator("td").nth(1)).hasText("10");
        expect(row.locator(".ds_tag")).hasCount(0);

        // Its history has the one figure, first published.
        click(link(row, period));
        expect(h1(page)).hasText("History of the figure for " + period);
        expect(page.locator("#revisions tbody tr")).hasCount(1);
        expect(page.locator("#revisions tbody tr td").first()).hasText("First published");

        // Revised from its history page: the same period, a new figure. The first published one stays in the history.
        Locator revise = page.locator("main form[method=post][action$='/indicators/" + IRD + "/values']");
        expect(revise).hasCount(1);
        revise.locator("#numerator").fill("39");
        revise.locator("#denominator").fill("50");
        click(revise.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save figure").setExact(true)));
        expect(h1(page)).hasText(IRD_NAME);
        expect(page.locator("#notice")).hasText("The figure for June " + period.substring(0, 4)
                + " was revised; the earlier figure is kept in its history.");
        row = figureRow(page, period);
        expect(row.locator("td").nth(0)).hasText("39");
        expect(row.locator("td").nth(1)).hasText("50");
        expect(row.locator(".ds_tag")).hasText("Revised");

        click(link(row, period));
        expect(h1(page)).hasText("History of the figure for " + period);
        Locator history = page.locator("#revisions tbody tr");
        expect(history).hasCount(2);
        expect(history.nth(0).locator("td").nth(0)).hasText("First published");
        expect(history.nth(0).locator("td").nth(1)).hasText("7");
        expect(history.nth(0).locator("td").nth(4)).hasText("demo-lead");
        expect(history.nth(1).locator("td").nth(0)).hasText("Revision 2");
        expect(history.nth(1).locator("td").nth(1)).hasText("39");
        expect(history.nth(1).locator("td").nth(2)).hasText("50");
        expect(history.nth(1).locator("td").nth(4)).hasText("demo-lead");
    }

    // ---- 4: publish an indicator as evidence -------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void publishAnIndicatorToTheDocumentLog(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, PERFORMANCE + "/indicators/" + IRD);
        expect(h1(page)).hasText(IRD_NAME);

        click(button(page, "Publish to the document log"));
        expect(page).hasURL(Pattern.compile(literal(PARTNERSHIP + "/evidence/") + "D\\d{3,}$"));
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        expect(page.locator(".ds_page-header__label")).hasText(number);
        expect(h1(page)).hasText(Pattern.compile("^" + literal(IRD_NAME + ": Clackmannanshire")));
        expect(page.locator("main [role=status]").first()).hasText("Added to the document log as " + number + ".");
        expect(page.locator("#detail-sourceType dt")).hasText("Source of evidence");
        expect(page.locator("#detail-sourceType .ds_summary-list__value")).hasText("Performance data");

        // It is in the log, as performance data.
        click(link(page.locator(".ds_breadcrumbs"), "Document log"));
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(number));
        expect(row.locator("td").first()).hasText(number);
        expect(row.locator("td").nth(2)).hasText("Performance data");
    }

    // ---- 5: a generated draft added to the position statement ------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void writeADraftFromTheDataEditItAndAddItToTheSection(boolean javaScript) {
        Cycle cycle = cycles.get(PARTNERSHIP_SLUG, DEMO_CYCLE);
        String before = statements.section(cycle, "data").text();
        String added = "We are checking the " + (javaScript ? "spring" : "autumn") + " figures with the chief officers, run "
                + System.nanoTime() + ".";
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, DATA_SECTION);
        expect(h1(page)).hasText("What your data is telling you");

        click(page.locator("#data-draft-link"));
        expect(h1(page)).hasText("A draft from your performance data");
        expect(page.locator("#draft")).hasCount(0);
        tick(page, IRD_NAME);
        tick(page, REGISTER_RATE_NAME);
        click(page.locator("#write-draft"));
        expect(h1(page)).hasText("A draft from your performance data");
        expect(page).hasURL(Pattern.compile("[?&]indicators=" + IRD + "(&|$)"));
        expect(checkbox(page, IRD_NAME)).isChecked();
        expect(checkbox(page, REGISTER_RATE_NAME)).isChecked();

        // A paragraph for each indicator, each naming it; nothing is added to the section yet.
        Locator draft = page.locator("#draft");
        String text = draft.inputValue();
        assertThat(text.split("\n\n")).hasSize(2)
                .anySatisfy(paragraph -> assertThat(paragraph).startsWith("**" + IRD_NAME + "** was "))
                .anySatisfy(paragraph -> assertThat(paragraph).startsWith("**" + REGISTER_RATE_NAME + "** was "));
        assertThat(statements.section(cycle, "data").text()).isEqualTo(before);

        draft.fill(text + " " + added);
        click(page.locator("#insert-draft"));
        expect(h1(page)).hasText("What your data is telling you");
        expect(page).hasURL(Pattern.compile(literal(DATA_SECTION) + "$"));
        expect(page.locator("#draft-inserted")).hasText("The draft from your data was added to the end of this section. Edit it here.");
        String saved = statements.section(cycle, "data").text();
        assertThat(saved).as("the section's saved text").startsWith(before.strip()).endsWith(added)
                .contains("**" + IRD_NAME + "**");
        assertThat(page.locator("#text").inputValue().replace("\r\n", "\n")).endsWith(added);

        // Only once: the notice is gone when the section is opened again.
        visit(page, DATA_SECTION);
        expect(page.locator("#draft-inserted")).hasCount(0);
    }

    // ---- 6: comparators chosen and cleared -----------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void chooseStirlingAsAComparatorThenClearIt(boolean javaScript) {
        List<String> found = comparators.chosen(PARTNERSHIP_SLUG).stream().map(Partnership::slug).toList();
        assertThat(found).as("comparators chosen before the journey").isEmpty();
        try {
            chooseAndClearStirling(javaScript);
        } finally {
            // Left as found even when the journey fails half way.
            comparators.choose(PARTNERSHIP_SLUG, found);
        }
    }

    private void chooseAndClearStirling(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        openDashboard(page);
        Locator comparatorsLink = link(page, "Choose partnerships to compare with");
        expect(comparatorsLink.locator("xpath=..")).not().containsText("(now:");

        click(comparatorsLink);
        expect(h1(page)).hasText("Comparators");
        expect(page.locator("#family-group")).containsText("Your family group");
        expect(checkbox(page, "Clackmannanshire")).hasCount(0);
        Locator stirling = checkbox(page, "Stirling");
        expect(stirling).not().isChecked();
        tick(page, "Stirling");
        click(button(page, "Save comparators"));
        expect(h1(page)).hasText("Performance data");
        expect(page.locator("main [role=status]")).hasText("Your comparators were saved.");
        expect(link(page, "Choose partnerships to compare with").locator("xpath=..")).containsText("(now: Stirling)");

        // The indicator's table adds Stirling's column.
        visit(page, PERFORMANCE + "/indicators/" + IRD);
        expect(page.locator("#figures-table thead th").filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^Stirling$")))).hasCount(1);

        // Cleared again, as it was found.
        visit(page, PERFORMANCE);
        click(link(page, "Choose partnerships to compare with"));
        expect(checkbox(page, "Stirling")).isChecked();
        untick(page, "Stirling");
        click(button(page, "Save comparators"));
        expect(page.locator("main [role=status]")).hasText("Your comparators were saved.");
        expect(link(page, "Choose partnerships to compare with").locator("xpath=..")).not().containsText("(now:");
        click(link(page, "Choose partnerships to compare with"));
        expect(page.locator("input[name=compareWith]:checked")).hasCount(0);
    }

    // ---- 7: each indicator's trend on the dashboard, on a desktop and on a phone ---------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void readEachIndicatorsTrendBesideItsLatestFigureOnADesktopAndOnAPhone(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        openDashboard(page);
        assertTrends(page);
        assertNoSidewaysScrolling(page, javaScript);

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        visit(page, PERFORMANCE);
        expect(h1(page)).hasText("Performance data");
        assertTrends(page);
        assertNoSidewaysScrolling(page, javaScript);
        // Drawn whole, beside the figure it ends at, in the first screen's width of its table.
        BoundingBox line = page.locator("#indicator-" + IRD + " .tri-sparkline svg").boundingBox();
        assertThat(line.width).as("the trend line's width on a phone").isEqualTo(96.0);
        assertThat(line.x + line.width).as("the trend line's right edge on a phone").isLessThanOrEqualTo(PHONE_WIDTH);

        // The import page's tables, which say how to write periods, fit a phone too.
        click(link(page, "Import figures from a CSV or Excel file"));
        expect(h1(page)).hasText("Import figures");
        assertNoSidewaysScrolling(page, javaScript);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /**
     * Every indicator with figures has one trend line, hidden from screen readers, and its figures in words;
     * the planning meetings' words are their latest figures, oldest first.
     */
    private void assertTrends(Page page) {
        Locator rows = page.locator("main tbody tr[id^=indicator-]");
        int indicators = rows.count();
        assertThat(indicators).as("indicators on the dashboard").isGreaterThan(1);
        expect(page.locator("main tbody tr[id^=indicator-] .tri-sparkline svg[aria-hidden=true]")).hasCount(indicators);
        expect(page.locator("main tbody tr[id^=indicator-] .tri-trend")).hasCount(indicators);

        List<IndicatorValue> series = values.series(PARTNERSHIP_SLUG, IRD);
        List<IndicatorValue> trend = series.subList(series.size() - IndicatorSummary.TREND_POINTS, series.size());
        Indicator ird = catalogue.get(IRD);
        List<String> figures = new ArrayList<>();
        for (IndicatorValue v : trend) {
            figures.add(ird.display(v.value()) + "% in " + v.period().inWords());
        }
        Locator row = page.locator("#indicator-" + IRD);
        expect(row.locator(".tri-trend")).hasText("Trend: " + String.join(", ", figures));
        expect(row.locator(".tri-sparkline path.value")).hasCount(1);
        expect(row.locator("td").nth(1)).containsText("(" + trend.get(trend.size() - 1).period().inWords() + ")");
    }


    /** From the partnership's home page to its performance dashboard. */
    private void openDashboard(Page page) {
        visit(page, PARTNERSHIP);
        expect(h1(page)).hasText("Clackmannanshire");
        click(page.locator("#performance-link"));
        expect(h1(page)).hasText("Performance data");
        expect(page).hasURL(Pattern.compile(literal(PERFORMANCE) + "$"));
    }

    private static void assertRow(Locator row, String number, String column, String reason) {
        expect(row.locator("td").nth(0)).hasText(number);
        expect(row.locator("td").nth(1)).hasText(column);
        expect(row.locator("td").nth(2)).containsText(reason);
    }

    /**
     * The control chart (P or XmR) and the run chart are both drawn, with their methods named on the page and in
     * each SVG's accessible name (its title and description), so a screen reader tells the two apart.
     */
    private void assertCharts(Page page, String chart) {
        String method = chart.equals("p") ? "P chart (proportion" : "XmR chart (mean";
        expect(page.locator("#control-figure svg")).hasCount(1);
        expect(page.locator("#run-figure svg")).hasCount(1);
        expect(page.locator("#control-method")).hasText(Pattern.compile("^" + literal(method)));
        expect(page.locator("#run-chart + p")).hasText("Run chart: each figure against the middle value (the median)");
        expect(page.locator("#run-method-details #run-method")).containsText("Run chart (median");
        expect(page.locator("#control-figure svg")).hasAccessibleName(Pattern.compile("^" + literal(IRD_NAME + " " + method)));
        expect(page.locator("#run-figure svg")).hasAccessibleName(Pattern.compile("^" + literal(IRD_NAME + " Run chart (median")));
    }

    /**
     * The signals listed are the chart's own: Making Data Count's rules on the XmR chart, where Clackmannanshire's
     * improvement from March 2025 shows as a favourable shift; on the P chart only Anhøj's rules and points outside
     * the limits, if any (the demonstration's small monthly counts leave it without a signal), and when there are
     * none the page says so. Either way the runs analysis is given.
     */
    private void assertSignals(Page page, String chart) {
        Locator signals = page.locator("#signals li[data-rule]");
        List<String> rules = new ArrayList<>();
        for (Locator signal : signals.all()) {
            rules.add(signal.getAttribute("data-rule"));
        }
        expect(page.locator("#runs")).hasText(Pattern.compile("^Longest run on one side of the centre line: \\d+ "));
        expect(page.locator("#no-signals")).hasCount(rules.isEmpty() ? 1 : 0);
        if (chart.equals("xmr")) {
            assertThat(rules).as("rules on the XmR chart").contains("SHIFT")
                    .allMatch(r -> List.of("OUTSIDE_LIMITS", "SHIFT", "TREND", "TWO_OF_THREE").contains(r));
            Locator shift = page.locator("#signals li[data-rule=SHIFT]").last();
            expect(shift).containsText("Shift");
            expect(shift).hasAttribute("data-favourable", "true");
            expect(shift).hasText(Pattern.compile("^[A-Z][a-z]+ 20(2[5-9]|[3-9]\\d): Shift,\\s+high \\(better\\):\\s+"
                    + "so many figures in a row on one side of the centre line are unlikely to be chance$"));
        } else {
            assertThat(rules).as("rules on the P chart")
                    .allMatch(r -> List.of("OUTSIDE_LIMITS", "LONG_RUN", "FEW_CROSSINGS").contains(r));
        }
    }

    /** The SVG, PNG and CSV downloads of the chart shown answer in the signed-in session, for that chart. */
    private void assertDownloads(Page page, String chart) {
        Locator links = page.locator(".tri-downloads a");
        expect(links).hasText(new String[] {"Download the chart (SVG)", "Download the chart (PNG)", "Download the figures (CSV)"});
        String base = PERFORMANCE + "/indicators/" + IRD;
        List<String> expected = List.of(base + "/chart.svg?chart=" + chart, base + "/chart.png?chart=" + chart,
                base + "/data.csv?chart=" + chart);
        List<String> types = List.of("image/svg+xml", "image/png", "text/csv");
        for (int i = 0; i < 3; i++) {
            String href = links.nth(i).getAttribute("href");
            assertThat(href).isEqualTo(expected.get(i));
            APIResponse response = page.request().get(baseUrl() + href);
            assertThat(response.status()).as("status of %s", href).isEqualTo(200);
            assertThat(response.headers().get("content-type")).as("type of %s", href).startsWith(types.get(i));
            assertThat(response.headers().get("content-disposition")).as("disposition of %s", href)
                    .startsWith("attachment").contains(PARTNERSHIP_SLUG + "-" + IRD + "-" + chart + ".");
            byte[] body = response.body();
            switch (i) {
                case 0 -> assertThat(new String(body, StandardCharsets.UTF_8)).contains("<svg").contains(IRD_NAME);
                case 1 -> assertThat(body).startsWith(0x89, 'P', 'N', 'G');
                default -> assertThat(new String(body, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                        .startsWith("period,numerator,denominator,value,centre");
            }
        }
    }

    /** The row of the table of figures for a period. */
    private Locator figureRow(Page page, String period) {
        Locator row = page.locator("#figures-table tbody tr").filter(new Locator.FilterOptions().setHas(link(page, period)));
        expect(row).hasCount(1);
        return row;
    }

    private Locator checkbox(Page page, String label) {
        return page.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** Ticks a checkbox from the keyboard (the design system draws its own over the label). */
    private void tick(Page page, String label) {
        Locator input = checkbox(page, label);
        expect(input).not().isChecked();
        input.focus();
        expect(input).isFocused();
        input.press("Space");
        expect(input).isChecked();
    }

    private void untick(Page page, String label) {
        Locator input = checkbox(page, label);
        expect(input).isChecked();
        input.focus();
        expect(input).isFocused();
        input.press("Space");
        expect(input).not().isChecked();
    }

    /** A file on disk, named as given, for a file input. */
    private Path file(String name, String content) throws IOException {
        Path path = files.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }
}
