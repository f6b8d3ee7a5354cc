package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.triangulate.evidence.TestDocuments;

/**
 * The evidence library as its users meet it: adding files and links to Clackmannanshire's document log,
 * finding them again by the words inside them, bad uploads, personal-data screening and its findings, a
 * redacted version, the core documents checklist, the log's downloads, and another partnership's lead kept
 * out. Each journey runs with JavaScript on (uploads then go through an XMLHttpRequest with a progress bar,
 * and the answer replaces the page) and off (the forms post as usual).
 */
class EvidenceJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP = "/partnerships/clackmannanshire";
    private static final String LOG_LINK = "Document log: the partnership's evidence";
    private static final String ADD_BUTTON = "Add to the document log";
    private static final String REFRESH_LINK = "Refresh to see whether extraction has finished";
    private static final String D029_TITLE = "Case review notes, family support (draft)";
    private static final String CHI = "0101011237";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^D(\\d{3,})$");
    private static final long EXTRACTION_TIMEOUT_MS = 30_000;

    @TempDir
    Path files;

    /** A mistyped or stale address inside the partnership answers the "Page not found" page, never raw JSON. */
    @Test
    void anUnknownAddressIsAPageNotFound() {
        Page page = newPage(true);
        signIn(page, "demo-contributor");
        for (String path : List.of(PARTNERSHIP + "/evidence/D99999", PARTNERSHIP + "/evidence/D99999/details",
                PARTNERSHIP + "/evidence/not-a-number", PARTNERSHIP + "/no-such-page")) {
            visitExpectingError(page, path, 404);
            expect(h1(page)).hasText("Page not found");
            assertThat(page.content()).as(path).doesNotContain("\"status\":");
        }
    }

    // ---- 1 and 2: add a file, then find it by a word inside it -------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void addAFileThenFindItByAWordInsideIt(boolean javaScript) throws IOException {
        String run = run();
        String word = uniqueWord();
        String title = "Early help panel evaluation " + run;
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");

        openLog(page);
        int before = logCount(page);
        click(link(page, "Add evidence"));
        expect(h1(page)).hasText("Add evidence");

        // Nothing filled in: the error summary links to each field with a problem.
        click(button(page, ADD_BUTTON));
        expect(h1(page)).hasText("Add evidence");
        Locator summary = page.locator("#error-summary");
        expect(summary.locator("h2")).hasText("There is a problem");
        expect(link(summary, "Enter the name of the document")).hasAttribute("href", "#title");
        expect(link(summary, "Choose the source of evidence")).hasAttribute("href", "#sourceType");
        // The missing file is reported with the other problems, not after they are fixed.
        expect(link(summary, "Choose a file to upload")).hasAttribute("href", "#file");
        expect(page.locator("#file-error")).hasText("Choose a file to upload");
        expect(page.locator("#title-error")).hasText("Enter the name of the document");
        expect(page.locator("#title")).hasAttribute("aria-invalid", "true");
        link(summary, "Enter the name of the document").click();
        expect(page).hasURL(Pattern.compile("#title$"));
        expect(page.locator("#title")).isVisible();
        expect(page.locator("#sourceType")).hasAttribute("type", "radio");

        // A PDF with a word nobody else uses, somewhere in its text.
        byte[] pdf = TestDocuments.pdf(List.of(
                List.of("Evaluation of the early help panel, run " + run + ".", "Requests for assistance were answered quickly."),
                List.of("The panel piloted the " + word + " approach to joint planning with families.",
                        "Practitioners found it helped them agree next steps.")));
        page.locator("#file").setInputFiles(file("early-help-" + run + ".pdf", pdf));
        page.locator("#title").fill(title);
        page.getByLabel("Description (optional)").fill("How the panel's new approach worked in its first year.");
        choose(page, "Documents");
        choose(page, "QI 2.1: Impact on children and young people");
        expect(checkbox(page, "QI 2.1: Impact on children and young people")).isChecked();
        submitUpload(page, javaScript, button(page, ADD_BUTTON));

        expect(h1(page)).hasText(title);
        String number = documentNumber(page);
        assertThat(numberOf(number)).as("a new number after the demo's D029").isGreaterThan(29);
        expect(page.locator("main [role=status]").first()).hasText("Added to the document log as " + number + ".");
        expect(page.locator("#status")).hasText(Pattern.compile("^(Processing|Cleared)$"));
        if ("Processing".equals(page.locator("#status").textContent().strip())) {
            expect(link(page, REFRESH_LINK)).isVisible();
        }
        waitUntilSettled(page);
        expect(page.locator("#status")).hasText("Cleared");
        expect(page.locator("main")).containsText("Screening found no personal data.");
        expect(link(page.locator(".ds_summary-list"), "early-help-" + run + ".pdf")).isVisible();
        expect(page.locator("#detail-indicators .ds_summary-list__value").getByRole(AriaRole.LINK))
                .hasText("QI 2.1: Impact on children and young people");
        expect(documentNumberLabel(page)).hasText(number);

        // The log has one more document, with the new number.
        click(link(page.locator(".ds_breadcrumbs"), "Document log"));
        assertThat(logCount(page)).isEqualTo(before + 1);
        Locator row = logRow(page, title);
        expect(row.locator("td").first()).hasText(number);
        expect(row.locator("td").nth(2)).hasText("Documents");
        expect(row.locator("td").nth(5)).hasText("2.1");
        expect(row.locator("td").last()).hasText("Cleared");

        // Find it by the word that is only inside the file; the word is highlighted.
        page.getByLabel("Words in the name, description or text").fill(word);
        click(button(page, "Search"));
        expect(h1(page)).hasText("Document log");
        expect(page).hasURL(Pattern.compile("[?&]q=" + word));
        expect(page.locator("#results-heading")).hasText(Pattern.compile("^1 documents? found$"));
        Locator result = page.locator(".ds_search-result").filter(new Locator.FilterOptions()
                .setHas(link(page, number + " " + title)));
        expect(result).hasCount(1);
        Locator mark = result.locator(".ds_search-result__summary mark");
        expect(mark.first()).hasText(Pattern.compile("^" + word + "$", Pattern.CASE_INSENSITIVE));
        expect(result.locator(".ds_search-result__summary")).containsText("approach to joint planning");
        expect(result.locator(".ds_metadata__value")).hasText(new String[] {"Documents", "Cleared"});
        assertThat(page.getByLabel("Words in the name, description or text").inputValue()).isEqualTo(word);

        click(link(page, number + " " + title));
        expect(h1(page)).hasText(title);
        expect(documentNumberLabel(page)).hasText(number);

        // A wrong QI tag and a better name are corrected under the same number, from the summary's "Change" links.
        click(link(page.locator(".ds_summary-list"), "Change the quality indicators"));
        expect(h1(page)).hasText("Change the details of " + number);
        expect(page).hasURL(Pattern.compile("/evidence/" + number + "/details#indicators$"));
        expect(page.locator("#title")).hasValue(title);
        expect(checkbox(page, "QI 2.1: Impact on children and young people")).isChecked();
        Locator wrongTag = checkbox(page, "QI 2.1: Impact on children and young people");
        wrongTag.focus();
        wrongTag.press("Space");
        expect(wrongTag).not().isChecked();
        choose(page, "QI 5.1: Initial response");
        page.locator("#title").fill("");
        click(button(page, "Save the details"));
        expect(link(page.locator("#error-summary"), "Enter the name of the document")).hasAttribute("href", "#title");
        expect(checkbox(page, "QI 5.1: Initial response")).isChecked();
        page.locator("#title").fill(title + " (final)");
        click(button(page, "Save the details"));
        expect(h1(page)).hasText(title + " (final)");
        expect(documentNumberLabel(page)).hasText(number);
        expect(page.locator("main [role=status]").first()).hasText("The details have been saved.");
        expect(page.locator("#detail-indicators")).containsText("QI 5.1: Initial response");
        expect(page.locator("#detail-indicators")).not().containsText("QI 2.1");
    }

    // ---- 3: add a link -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void addALinkToAPublishedDocument(boolean javaScript) {
        String run = run();
        String title = "Published inspection report " + run;
        String url = "https://www.example.gov.scot/some-report.pdf";
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");

        openLog(page);
        int before = logCount(page);
        click(link(page, "Add evidence"));
        // With JavaScript, only the chosen kind's question shows; without it, both do.
        expect(page.locator("#file")).isAttached();
        if (javaScript) {
            expect(page.locator("#url-question")).isHidden();
        } else {
            expect(page.locator("#url-question")).isVisible();
        }
        expect(page.locator("#file-question")).isVisible();
        choose(page, "A link to a publicly available document");
        expect(page.locator("#url-question")).isVisible();
        if (javaScript) {
            expect(page.locator("#file-question")).isHidden();
        }
        page.getByLabel("Link", new Page.GetByLabelOptions().setExact(true)).fill(url);
        page.locator("#title").fill(title);
        page.getByLabel("Description (optional)").fill("The published report of the joint inspection, run " + run + ".");
        choose(page, "Performance data");
        submitUpload(page, javaScript, button(page, ADD_BUTTON));

        expect(h1(page)).hasText(title);
        String number = documentNumber(page);
        expect(page.locator("main [role=status]").first()).hasText("Added to the document log as " + number + ".");
        expect(page.locator("#status")).hasText("Cleared");
        Locator linkOrFile = page.locator(".ds_summary-list__item").filter(new Locator.FilterOptions().setHasText("Link or file"));
        expect(linkOrFile.getByRole(AriaRole.LINK)).hasAttribute("href", url);
        // A link has no file to replace: its new version is a new link.
        expect(page.locator("#version-file")).hasAttribute("type", "url");

        click(link(page.locator(".ds_breadcrumbs"), "Document log"));
        assertThat(logCount(page)).isEqualTo(before + 1);
        Locator row = logRow(page, title);
        expect(row.locator("td").first()).hasText(number);
        expect(row.locator("td").nth(2)).hasText("Performance data");
        Locator link = link(row, "Link");
        expect(link).hasAttribute("href", url);
        expect(link).hasAttribute("rel", Pattern.compile("noopener"));
    }

    // ---- 4: bad input --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aFileThatIsNotWhatItSaysOrIsEmptyIsRefusedWithAClearMessage(boolean javaScript) throws IOException {
        String run = run();
        String title = "Quarterly report " + run;
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");

        openLog(page);
        int before = logCount(page);
        click(link(page, "Add evidence"));

        // A Word document renamed to .pdf.
        page.locator("#file").setInputFiles(file("quarterly-report-" + run + ".pdf",
                TestDocuments.docx("Quarterly report " + run, "Not really a PDF at all.")));
        page.locator("#title").fill(title);
        choose(page, "Documents");
        submitUpload(page, javaScript, button(page, ADD_BUTTON));
        expect(h1(page)).hasText("Add evidence");
        String mismatch = "The file's content is not PDF, although its name says it is. Save it again in the right format.";
        Locator summary = page.locator("#error-summary");
        expect(summary.locator("h2")).hasText("There is a problem");
        expect(link(summary, mismatch)).hasAttribute("href", "#file");
        expect(page.locator("#file-error")).hasText(mismatch);
        expect(page.locator("#file")).hasAttribute("aria-describedby", "file-hint file-error");
        // What was typed is kept; the file has to be chosen again.
        expect(page.locator("#title")).hasValue(title);
        expect(radio(page, "Documents")).isChecked();

        // An empty file.
        page.locator("#file").setInputFiles(file("empty-" + run + ".txt", new byte[0]));
        submitUpload(page, javaScript, button(page, ADD_BUTTON));
        expect(h1(page)).hasText("Add evidence");
        String empty = "The file is empty. Nothing was stored.";
        expect(link(page.locator("#error-summary"), empty)).hasAttribute("href", "#file");
        expect(page.locator("#file-error")).hasText(empty);

        // Nothing was added.
        click(link(page.locator(".ds_breadcrumbs"), "Document log"));
        assertThat(logCount(page)).isEqualTo(before);
        expect(page.getByText(title)).hasCount(0);
    }

    // ---- 5: a lead clears a screening finding ---------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aLeadClearsAFindingOnAHeldDocument(boolean javaScript) {
        String run = run();

        // A contributor sees the findings but cannot clear them.
        Page contributor = newPage(javaScript);
        signIn(contributor, "demo-contributor");
        openLog(contributor);
        click(link(logRow(contributor, D029_TITLE), D029_TITLE));
        expect(h1(contributor)).hasText(D029_TITLE);
        expect(documentNumberLabel(contributor)).hasText("D029");
        waitUntilSettled(contributor);
        expect(contributor.locator("#status")).hasText("Held");
        assertMasked(contributor);
        expect(link(contributor.locator("main"), "Decide on the findings")).hasCount(0);
        expect(contributor.getByText("A partnership lead can clear this.").first()).isVisible();
        visitExpectingError(contributor, PARTNERSHIP + "/evidence/D029/findings", 403);

        // A lead decides on the findings on one page, which recommends a redacted version first.
        Page lead = newPage(javaScript);
        signIn(lead, "demo-lead");
        visit(lead, PARTNERSHIP + "/evidence/D029");
        expect(h1(lead)).hasText(D029_TITLE);
        waitUntilSettled(lead);
        expect(lead.locator("#status")).hasText("Held");
        assertMasked(lead);
        click(link(lead.locator("main"), "Decide on the findings"));
        expect(h1(lead)).hasText("Decide on what screening found in D029");
        expect(lead.locator("#redact-first")).containsText("upload a version with it taken out (redacted) instead");
        expect(link(lead.locator("#redact-first"), "Upload a redacted version of D029")).isVisible();
        Locator open = lead.locator("#clear .tri-finding");
        int before = open.count();
        assertThat(before).as("findings still to clear on D029").isPositive();
        assertThat(lead.locator("#clear").innerText()).doesNotContain(CHI);

        // Nothing chosen, then one chosen without a reason: each problem in the error summary, nothing cleared.
        click(button(lead, "Clear the chosen findings"));
        expect(link(lead.locator("#error-summary"), "Choose at least one finding that is not personal data"))
                .hasAttribute("href", "#clear");
        String id = open.first().getAttribute("id").substring("finding-".length());
        Locator choice = lead.locator("#clear-" + id);
        choice.focus();
        choice.press("Space");
        expect(choice).isChecked();
        click(button(lead, "Clear the chosen findings"));
        expect(link(lead.locator("#error-summary"), "Say why finding 1 is not personal data"))
                .hasAttribute("href", "#reason-" + id);
        expect(lead.locator("#clear-" + id)).isChecked();
        expect(lead.locator("#reason-" + id)).hasAttribute("aria-invalid", "true");
        expect(open).hasCount(before);

        String why = "A fictional family in a training case study, run " + run;
        lead.locator("#reason-" + id).fill(why);
        click(button(lead, "Clear the chosen findings"));
        expect(h1(lead)).hasText(D029_TITLE);
        assertSavedWhereTheyLand(lead, "The finding has been cleared.");
        expect(lead.locator("#finding-" + id + " td").last()).hasText("Cleared by demo-lead: " + why);
        expect(lead.locator("#status")).hasText(before > 1 ? "Held" : "Cleared");
        assertMasked(lead);
    }

    // ---- 6: a redacted version supersedes a held one -----------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aRedactedVersionClearsAHeldDocumentUnderTheSameNumber(boolean javaScript) throws IOException {
        String run = run();
        String title = "Core group notes " + run;
        String original = "core-group-" + run + ".txt";
        String redacted = "core-group-" + run + "-redacted.txt";
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");

        openLog(page);
        click(link(page, "Add evidence"));
        page.locator("#file").setInputFiles(file(original, ("Core group notes, run " + run + "\n"
                + "The child's CHI number is " + CHI + " in the record.\n"
                + "Actions were agreed and reviewed.\n").getBytes(StandardCharsets.UTF_8)));
        page.locator("#title").fill(title);
        choose(page, "Observation and audit of practice");
        submitUpload(page, javaScript, button(page, ADD_BUTTON));
        expect(h1(page)).hasText(title);
        String number = documentNumber(page);

        waitUntilSettled(page);
        expect(page.locator("#status")).hasText("Held");
        Locator findings = page.locator("#findings ~ .tri-table-scroll table tbody tr");
        expect(findings.filter(new Locator.FilterOptions().setHasText("CHI number"))).hasCount(1);
        expect(page.locator("main")).not().containsText(CHI);
        expect(page.getByText("A partnership lead can clear this.").first()).isVisible();

        // Upload a version without the number.
        expect(heading(page, "Upload a new version")).isVisible();
        page.locator("#version-file").setInputFiles(file(redacted, ("Core group notes, run " + run + "\n"
                + "The child's CHI number is [redacted] in the record.\n"
                + "Actions were agreed and reviewed.\n").getBytes(StandardCharsets.UTF_8)));
        submitUpload(page, javaScript, button(page, "Upload new version"));
        expect(h1(page)).hasText(title);
        expect(page).hasURL(Pattern.compile(PARTNERSHIP + "/evidence/" + number + "(#notice)?$"));
        expect(page.locator("main [role=status]").first()).hasText("The new version has been added.");

        waitUntilSettled(page);
        expect(page.locator("#status")).hasText("Cleared");
        expect(documentNumberLabel(page)).hasText(number);
        expect(page.locator("main")).containsText("Screening found no personal data.");
        Locator versions = page.locator("table").filter(new Locator.FilterOptions()
                .setHas(page.locator("caption", new Page.LocatorOptions().setHasText("Versions")))).locator("tbody tr");
        expect(versions).hasCount(2);
        Locator current = versions.filter(new Locator.FilterOptions().setHasText("Version 2 (current)"));
        Locator superseded = versions.filter(new Locator.FilterOptions().setHasText("Version 1 (superseded)"));
        expect(current).hasCount(1);
        expect(superseded).hasCount(1);
        expect(link(current, redacted)).isVisible();
        expect(link(superseded, original)).isVisible();
        expect(current.locator("td").nth(2)).hasText("demo-contributor");
        Locator linkOrFile = page.locator(".ds_summary-list__item").filter(new Locator.FilterOptions().setHasText("Link or file"));
        expect(linkOrFile.getByRole(AriaRole.LINK)).hasText(redacted);

        // The log keeps the number, now pointing at the redacted file.
        click(link(page.locator(".ds_breadcrumbs"), "Document log"));
        Locator row = logRow(page, title);
        expect(row.locator("td").first()).hasText(number);
        expect(link(row, redacted)).isVisible();
        expect(row.locator("td").last()).hasText("Cleared");
    }

    // ---- 7: the core documents checklist ------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void markAMissingCoreDocumentAsNotHeldAndWithdrawIt(boolean javaScript) {
        String run = run();
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");
        visit(page, PARTNERSHIP);
        expect(page.locator("#core-documents-link")).hasText(Pattern.compile("^Core documents: \\d+ of 13 held or explained$"));
        click(page.locator("#core-documents-link"));
        expect(h1(page)).hasText("Core documents");
        int start = completeness(page);
        expect(page.locator("main")).containsText(start + " of 13 core documents held or explained");

        // A category not yet held; failing that (the demo explains its one gap), an explained one, withdrawn first.
        Locator tasks = page.locator("li.ds_task-list__task");
        Locator missing = tasks.filter(new Locator.FilterOptions().setHas(page.locator(".ds_tag",
                new Page.LocatorOptions().setHasText(Pattern.compile("^Not yet held$")))));
        Locator explained = tasks.filter(new Locator.FilterOptions().setHas(page.locator(".ds_tag",
                new Page.LocatorOptions().setHasText(Pattern.compile("^Not held, explained$")))));
        assertThat(missing.count() + explained.count()).as("core document categories without a document").isPositive();
        boolean wasExplained = missing.count() == 0;
        String category = (wasExplained ? explained : missing).first().getAttribute("id");
        Locator task = page.locator("li#" + category);
        Locator reason = task.getByLabel("If the partnership does not hold this, say why");
        String name = task.locator("h2").textContent().strip();
        String originalReason = wasExplained ? reason.inputValue() : null;
        int complete = start;
        if (wasExplained) {
            expect(task).containsText("Not held: " + originalReason);
            click(task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw \"not held\"")));
            expect(page.locator("main [role=status]")).hasText("The category is no longer marked as not held.");
            complete = start - 1;
            assertThat(completeness(page)).isEqualTo(complete);
        }
        expect(task.locator(".ds_tag")).hasText("Not yet held");
        expect(link(task, "Add a document for this category")).isVisible();

        // No reason: an error summary linking to the reason, and the error by the field.
        reason.fill("");
        click(task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as not held")));
        expect(h1(page)).hasText("Core documents");
        Locator summary = page.locator("#error-summary");
        expect(summary.locator("h2")).hasText("There is a problem");
        String required = "Say why the partnership does not hold this document";
        expect(link(summary, required)).hasAttribute("href", "#reason-" + category);
        expect(task.locator(".ds_question__error-message")).hasText(required);
        expect(reason).hasAttribute("aria-invalid", "true");
        assertThat(completeness(page)).isEqualTo(complete);

        // With a reason: explained, and the count goes up by one.
        String why = "The partnership's actions on this are part of the council plan, run " + run;
        reason.fill(why);
        click(task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as not held")));
        expect(page.locator("main [role=status]")).hasText("The reason has been saved.");
        expect(page.locator("#error-summary")).hasCount(0);
        expect(task.locator(".ds_tag")).hasText("Not held, explained");
        expect(task).containsText("Not held: " + why);
        expect(task.locator("h2")).hasText(name);
        assertThat(completeness(page)).isEqualTo(complete + 1);

        // The partnership's home page counts it too.
        click(link(page.locator(".ds_breadcrumbs"), "Clackmannanshire"));
        expect(page.locator("#core-documents-link")).hasText("Core documents: " + (complete + 1) + " of 13 held or explained");
        click(page.locator("#core-documents-link"));

        // Withdrawn again.
        click(task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw \"not held\"")));
        expect(page.locator("main [role=status]")).hasText("The category is no longer marked as not held.");
        expect(task.locator(".ds_tag")).hasText("Not yet held");
        expect(task).not().containsText("Not held: ");
        assertThat(completeness(page)).isEqualTo(complete);

        if (wasExplained) {
            // Leave the checklist as it was found.
            reason.fill(originalReason);
            click(task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as not held")));
            expect(task).containsText("Not held: " + originalReason);
            assertThat(completeness(page)).isEqualTo(start);
        }
    }

    // ---- 8: downloading the log -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void downloadTheDocumentLogAsCsvAndExcel(boolean javaScript) throws IOException {
        Page page = newPage(javaScript);
        signIn(page, "demo-contributor");
        openLog(page);

        Download csv = page.waitForDownload(() -> link(page, "Download the document log (CSV)").click());
        assertThat(csv.failure()).isNull();
        assertThat(csv.suggestedFilename()).isEqualTo("clackmannanshire-document-log.csv");
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNo.,Name of document");
        assertThat(text.lines().skip(1)).anyMatch(line -> line.startsWith("D001,"));
        assertThat(text).contains("D029").doesNotContain("07700 900123");

        Download xlsx = page.waitForDownload(() -> link(page, "Download the document log (Excel)").click());
        assertThat(xlsx.failure()).isNull();
        assertThat(xlsx.suggestedFilename()).isEqualTo("clackmannanshire-document-log.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("No.");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name of document");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("D001");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(29);
        }
        // Still on the log.
        expect(h1(page)).hasText("Document log");
    }

    // ---- 9: another partnership's lead is kept out ------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anotherPartnershipsLeadCannotSeeTheLog(boolean javaScript) {
        Page page = newPage(javaScript);
        signIn(page, "demo-other-lead");
        List<String> titles = List.of("Children's services plan 2023-2026", "Multi-agency audit of chronologies",
                D029_TITLE, "Early help panel review");

        visitExpectingError(page, PARTNERSHIP + "/evidence", 403);
        expect(h1(page)).hasText("You cannot see this page");
        expect(page.locator("main")).containsText("This page belongs to a partnership or area you are not a member of.");
        for (String title : titles) {
            expect(page.locator("body")).not().containsText(title);
        }
        visitExpectingError(page, PARTNERSHIP + "/evidence/D001", 403);
        expect(page.locator("body")).not().containsText(titles.get(0));
        visitExpectingError(page, PARTNERSHIP + "/core-documents", 403);
        visitExpectingError(page, PARTNERSHIP + "/evidence?q=chronologies", 403);
        expect(page.locator("body")).not().containsText(titles.get(1));

        APIResponse csv = page.request().get(baseUrl() + "/api" + PARTNERSHIP + "/document-log.csv");
        assertThat(csv.status()).isEqualTo(403);
        assertThat(csv.text()).doesNotContain(titles.get(0));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** From the partnership's home page to its document log. */
    private void openLog(Page page) {
        visit(page, PARTNERSHIP);
        expect(h1(page)).hasText("Clackmannanshire");
        click(link(page, LOG_LINK));
        expect(h1(page)).hasText("Document log");
    }

    /** The number of documents the log's table says it holds. */
    private int logCount(Page page) {
        Locator caption = page.locator("main table caption");
        expect(caption).hasText(Pattern.compile("^\\d+ documents?$"));
        return Integer.parseInt(caption.textContent().strip().split(" ")[0]);
    }

    private Locator logRow(Page page, String title) {
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHas(link(page, title)));
        expect(row).hasCount(1);
        return row;
    }

    private int completeness(Page page) {
        Locator completeness = page.locator("#completeness");
        expect(completeness).hasText(Pattern.compile("^\\d+ of 13 core documents held or explained$"));
        return Integer.parseInt(completeness.textContent().strip().split(" ")[0]);
    }

    private Locator documentNumberLabel(Page page) {
        return page.locator(".ds_page-header__label");
    }

    private String documentNumber(Page page) {
        expect(documentNumberLabel(page)).hasText(DOCUMENT_NUMBER);
        return documentNumberLabel(page).textContent().strip();
    }

    private static int numberOf(String documentNumber) {
        Matcher matcher = DOCUMENT_NUMBER.matcher(documentNumber);
        assertThat(matcher.matches()).as("document number %s", documentNumber).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private Locator radio(Page page, String label) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private Locator checkbox(Page page, String label) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** Ticks a radio button or checkbox from the keyboard (the design system draws its own over the label). */
    private void choose(Page page, String label) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.focus();
        expect(input).isFocused();
        input.press("Space");
        expect(input).isChecked();
    }

    /** The screening table shows masked excerpts: never D029's phone number or the child's name. */
    private void assertMasked(Page page) {
        Locator excerpts = page.locator("#findings ~ .tri-table-scroll table tbody td code");
        assertThat(excerpts.count()).as("masked excerpts").isPositive();
        for (String excerpt : excerpts.allTextContents()) {
            assertThat(excerpt).doesNotContain("07700 900123").doesNotContain("07700900123")
                    .doesNotContain("Ellie Robertson").doesNotContain("Robertson");
        }
        expect(page.locator("main")).not().containsText("07700 900123");
        expect(page.locator("main")).not().containsText("Ellie Robertson");
        expect(page.locator("main")).not().containsText("Glebe Terrace");
    }

    /**
     * Reloads the item page (with its refresh link while there is one) until extraction and screening have
     * finished, checking each page.
     */
    private void waitUntilSettled(Page page) {
        long deadline = System.currentTimeMillis() + EXTRACTION_TIMEOUT_MS;
        while ("Processing".equals(page.locator("#status").textContent().strip())) {
            assertThat(System.currentTimeMillis()).as("extraction finished within 30 s on %s", page.url()).isLessThan(deadline);
            expect(page.locator("main")).containsText("Screening runs once the text has been extracted.");
            page.waitForTimeout(300);
            click(link(page, REFRESH_LINK));
        }
        expect(link(page, REFRESH_LINK)).hasCount(0);
    }

    /**
     * Submits a form that may carry a file. Without JavaScript it posts as usual. With JavaScript a chosen file
     * goes by XMLHttpRequest: the request is held back while the progress bar shows and the button is disabled,
     * then the server's answer replaces the page. Either way the page it lands on is checked.
     */
    private void submitUpload(Page page, boolean javaScript, Locator submit) {
        Locator form = submit.locator("xpath=ancestor::form[1]");
        Locator fileInput = form.locator("input[type=file]");
        boolean hasFile = fileInput.count() > 0
                && (Boolean) fileInput.evaluate("input => input.files !== null && input.files.length > 0");
        if (!javaScript || !hasFile) {
            List<String> kinds = new ArrayList<>();
            Consumer<Request> posts = request -> {
                if ("POST".equals(request.method())) {
                    kinds.add(request.resourceType());
                }
            };
            page.onRequest(posts);
            try {
                if (javaScript) {
                    click(submit);
                } else {
                    pressEnter(submit);
                }
            } finally {
                page.offRequest(posts);
            }
            assertThat(kinds).as("the form posted as a page load").contains("document");
            return;
        }
        List<Route> held = new ArrayList<>();
        String action = (String) form.evaluate("f => f.action");
        Predicate<String> matches = url -> url.equals(action);
        page.route(matches, route -> {
            Request request = route.request();
            if ("POST".equals(request.method()) && "xhr".equals(request.resourceType())) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        page.evaluate("() => document.body.setAttribute('data-journey-before-upload', '')");
        submit.click();
        page.waitForCondition(() -> !held.isEmpty(), new Page.WaitForConditionOptions().setTimeout(10_000));
        expect(form.locator(".tri-progress")).isVisible();
        expect(form.locator("progress")).isVisible();
        expect(submit).isDisabled();
        page.unroute(matches);

        Response answer = page.waitForResponse(r -> r.url().startsWith(baseUrl()) && "xhr".equals(r.request().resourceType())
                && (r.status() < 300 || r.status() >= 400), () -> held.get(0).resume());
        assertThat(answer.status()).as("status of the upload's answer from %s", answer.url()).isLessThan(400);
        page.waitForFunction("() => !document.body.hasAttribute('data-journey-before-upload')"
                + " && document.readyState === 'complete' && document.querySelector('h1') !== null");
        page.waitForLoadState();
        expect(page).hasURL(answer.url());
        assertOneH1(page);
        assertAccessible(page);
    }

    /**
     * Submits a form from the keyboard, Enter on its button, and checks the page it lands on. Used without
     * JavaScript: there Playwright's click never finds a button far down a long form "stable" while the
     * design system's smooth scrolling brings it into view.
     */
    private void pressEnter(Locator submit) {
        Page page = submit.page();
        follow(page, () -> submit.press("Enter"));
        checkPage(page);
    }

    /** A file on disk, named as given, for a file input. */
    private Path file(String name, byte[] content) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, content);
        return path;
    }

    private static String run() {
        return Long.toString(System.nanoTime());
    }

    /** A made-up word of letters only, different every run, that no document or dictionary holds. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        long n = System.nanoTime();
        while (n > 0) {
            word.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return word.append("x").toString().toLowerCase(Locale.ROOT);
    }
}
