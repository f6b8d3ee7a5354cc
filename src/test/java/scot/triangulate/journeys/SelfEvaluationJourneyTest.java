package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * Self-evaluation as a partnership meets it: a lead starts a cycle, contributors from two agencies grade an
 * indicator blind, the lead agrees the partnership grade, an untriangulated grade is fixed by citing evidence,
 * and two people saving the same answers at once lose nothing.
 */
class SelfEvaluationJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP = "clackmannanshire";
    private static final List<String> FOCUS = List.of("2.1", "2.2", "5.1", "5.2", "5.3", "5.4", "6.2", "6.4", "8.1", "9.2", "10");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private AccountService accounts;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private FrameworkCatalogue frameworks;

    /** A contributor from a second agency, Police Scotland, made for this run. */
    private String police;

    @BeforeAll
    void createAPoliceScotlandContributor() {
        police = "journey-police-" + System.currentTimeMillis();
        accounts.create(police, "Journey Police Contributor", police + "@example.org", PASSWORD,
                EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(police, PARTNERSHIP, MembershipRole.CONTRIBUTOR, Agency.POLICE_SCOTLAND,
                "Police Scotland Forth Valley");
        reader = "journey-reader-" + System.currentTimeMillis();
        accounts.create(reader, "Journey Record Reader", reader + "@example.org", PASSWORD,
                EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(reader, PARTNERSHIP, MembershipRole.RECORD_READER, Agency.POLICE_SCOTLAND,
                "Police Scotland Forth Valley");
    }

    /** A record reader of the partnership, made for this run. */
    private String reader;

    // ---- 1: a lead starts a cycle -------------------------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aLeadStartsACycleWithTheFocusIndicators(boolean javaScript) {
        String title = unique("Journey cycle");
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        click(link(page.locator("main"), "Clackmannanshire"));
        expect(h1(page)).hasText("Clackmannanshire");
        click(link(page.locator("main"), "Self-evaluation cycles"));
        expect(h1(page)).hasText("Self-evaluation");
        expect(link(page.locator("main"), title)).hasCount(0);

        click(link(page.locator("main"), "Start a self-evaluation cycle"));
        expect(h1(page)).hasText("Start a self-evaluation cycle");
        Locator ticked = page.locator("main input[name=indicators]:checked");
        expect(ticked).hasCount(FOCUS.size());
        for (String code : FOCUS) {
            expect(page.locator("#indicator-" + code.replace('.', '-'))).isChecked();
        }

        // Nothing given: the error summary links to each field.
        click(button(page, "Start the cycle"));
        expect(h1(page)).hasText("Start a self-evaluation cycle");
        Locator summary = page.locator("#error-summary");
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        expect(link(summary, "Enter a title for the cycle")).hasAttribute("href", "#title");
        expect(link(summary, "Enter the date the cycle is due, for example 31 3 2026")).hasAttribute("href", "#dueDate");
        expect(page.locator("#title-error")).hasText("Enter a title for the cycle");
        expect(page.locator("#dueDate-error")).hasText("Enter the date the cycle is due, for example 31 3 2026");
        expect(page.locator("#title")).hasAttribute("aria-invalid", "true");
        expect(page.locator("#dueDate")).hasAttribute("aria-invalid", "true");
        expect(ticked).hasCount(FOCUS.size());

        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Due date", new Page.GetByLabelOptions().setExact(true)).fill("2026-03-31");
        click(button(page, "Start the cycle"));
        expect(page).hasURL(Pattern.compile("/partnerships/" + PARTNERSHIP + "/cycles/\\d+$"));
        expect(h1(page)).hasText(title);
        expect(page.locator("#progress")).hasText("0 of 11 indicators have a partnership grade");
        expect(page.locator("main .ds_metadata")).containsText("31 March 2026");
        Locator rows = page.locator("main table tbody tr");
        expect(rows).hasCount(FOCUS.size());
        for (int i = 0; i < FOCUS.size(); i++) {
            String code = FOCUS.get(i);
            Locator row = rows.nth(i);
            expect(row).hasId("indicator-" + code.replace('.', '-'));
            expect(row.locator("td").first()).hasText(Pattern.compile("^" + literal("QI " + code + ": ")));
            expect(row.locator("td").nth(1)).hasText("Not graded");
        }

        click(link(page.locator(".ds_breadcrumbs"), "Self-evaluation"));
        expect(h1(page)).hasText("Self-evaluation");
        expect(link(page.locator("main table"), title)).isVisible();
    }

    // ---- 2: two agencies grade one indicator, blind -------------------------------------------------------------

    @Test
    void twoContributorsFromTwoAgenciesGradeOneIndicator() {
        Cycle cycle = startCycle("Journey grading");
        Page nhs = newPage(true);
        signIn(nhs, "demo-contributor");
        visit(nhs, summaryPath(cycle));
        expect(h1(nhs)).hasText(cycle.title());
        click(nhs.locator("#indicator-5-2 td").first().getByRole(AriaRole.LINK));
        expect(nhs).hasURL(Pattern.compile(literal(workspacePath(cycle, "5.2")) + "$"));
        expect(h1(nhs)).hasText(Pattern.compile("^QI 5\\.2: "));

        // The framework's key factors beside the three questions.
        Locator framework = nhs.locator("aside");
        expect(heading(nhs, "What the framework says")).isVisible();
        expect(framework.locator("details[open] summary")).hasText("Key factors");
        String keyFactor = frameworks.framework("qif-2018").indicator("5.2").orElseThrow().keyFactors().get(0);
        expect(framework.locator("details[open] li").first()).hasText(keyFactor);
        expect(framework.locator("details[open] li").first()).isVisible();
        expect(nhs.locator("#answers-read-only dt").first()).hasText("How good are we now?");
        expect(link(nhs.locator("main"), "Answer the questions")).isVisible();

        // Blind: nothing of the others' grades until this person has given theirs.
        expect(nhs.locator("main")).containsText("No grades yet.");
        expect(nhs.locator("#grades-hidden")).hasCount(0);
        Locator form = perspectiveForm(nhs);
        expect(form).containsText("You are grading for: NHS board");
        choose(form, "Adequate");
        form.getByLabel("Why this grade").fill("Chronologies are in place but not yet used well in health records.");
        click(button(nhs, "Record my grade"));
        assertSavedWhereTheyLand(nhs, "Your grade has been recorded.");
        // The grade now shows as the agency's, with a way to change it rather than a blank form.
        Locator own = nhs.locator("#own-grade");
        expect(own.locator("dt")).hasText("The grade for NHS board");
        expect(own.locator(".ds_summary-list__value")).hasText("Adequate Chronologies are in place but not yet used well in health records.");
        expect(perspectiveForm(nhs)).hasCount(0);
        click(link(own, "Change your grade"));
        expect(perspectiveForm(nhs).getByLabel("Adequate", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        expect(perspectiveForm(nhs).getByLabel("Why this grade")).hasValue("Chronologies are in place but not yet used well in health records.");
        Locator grades = gradesList(nhs);
        expect(grades).hasCount(1);
        expect(grades).hasText("NHS board: Adequate (Chronologies are in place but not yet used well in health records.)");
        expect(nhs.locator("main")).not().containsText("given so far");

        // The second agency sees one grade has been given, but not what it is, until it gives its own.
        Page polic = newPage(true);
        signIn(polic, police);
        visit(polic, workspacePath(cycle, "5.2"));
        expect(polic.locator("main")).containsText("1 grade given so far. They show once you have given yours.");
        expect(polic.locator("main")).not().containsText("Adequate (");
        Locator policeForm = perspectiveForm(polic);
        expect(policeForm).containsText("You are grading for: Police Scotland");
        choose(policeForm, "Good");
        policeForm.getByLabel("Why this grade").fill("Joint interviews happen quickly.");
        click(button(polic, "Record my grade"));
        expect(polic.getByRole(AriaRole.STATUS)).hasText("Your grade has been recorded.");
        Locator both = gradesList(polic);
        expect(both).hasCount(2);
        expect(both.nth(0)).hasText("NHS board: Adequate (Chronologies are in place but not yet used well in health records.)");
        expect(both.nth(1)).hasText("Police Scotland: Good (Joint interviews happen quickly.)");
        expect(polic.locator("main")).containsText("Not agreed yet.");
    }

    // ---- 2a: a record reader reads an evaluation --------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aRecordReaderReadsTheAnswersWithoutForms(boolean javaScript) {
        Cycle cycle = startCycle("Journey reading " + javaScript);
        evaluations.saveAnswers(cycle, "2.1", new Answers("Most children are seen within a day.", "", "", "", "", ""),
                evaluations.evaluation(cycle, "2.1").version(), accounts.actingAs("demo-lead"));
        Page page = newPage(javaScript);
        signIn(page, reader);
        visit(page, workspacePath(cycle, "2.1"));
        expect(page.locator("#reader-notice")).containsText("As a record reader you read this evaluation.");
        expect(page.locator("#answers-read-only")).containsText("Most children are seen within a day.");
        expect(page.locator("#answers-read-only")).containsText("Not answered yet");
        expect(page.locator("main form[method=post]")).hasCount(0);
        expect(page.getByLabel("How good are we now?")).hasCount(0);
    }

    // ---- 3: the lead agrees the partnership grade ---------------------------------------------------------------

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void theLeadAgreesThePartnershipGrade(boolean javaScript) {
        Cycle cycle = startCycle("Journey agreeing");
        evaluations.gradeFromPerspective(cycle, "5.2", null, 3, "Records are uneven.", accounts.actingAs("demo-contributor"));
        evaluations.gradeFromPerspective(cycle, "5.2", null, 4, "Joint interviews are quick.", accounts.actingAs(police));

        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, summaryPath(cycle));
        expect(page.locator("#progress")).hasText("0 of 11 indicators have a partnership grade");
        click(page.locator("#indicator-5-2 td").first().getByRole(AriaRole.LINK));
        expect(h1(page)).hasText(Pattern.compile("^QI 5\\.2: "));
        // A lead sees every agency's grade without giving one.
        Locator grades = gradesList(page);
        expect(grades).hasCount(2);
        expect(grades.nth(0)).hasText("NHS board: Adequate (Records are uneven.)");
        expect(grades.nth(1)).hasText("Police Scotland: Good (Joint interviews are quick.)");
        expect(page.locator("main")).containsText("Not agreed yet.");

        Locator form = page.locator("main form").filter(new Locator.FilterOptions()
                .setHas(button(page, "Agree the partnership grade")));
        expect(form.locator("fieldset legend")).hasText("The grade the partnership agrees");
        choose(form, "Good");
        String rationale = "Both agencies' evidence shows strengths that clearly outweigh the weaknesses.";
        form.getByLabel("Why this grade").fill(rationale);
        click(button(page, "Agree the partnership grade"));
        assertSavedWhereTheyLand(page, "The partnership grade has been recorded.");
        expect(page.locator("#agreed-grade")).hasText("Agreed: Good. " + rationale);
        expect(page.locator("#grade-4")).hasCount(0);
        click(link(page.locator("main"), "Change the partnership grade"));
        expect(page.locator("#grade-4")).isChecked();
        expect(page.locator("#gradeRationale")).hasValue(rationale);

        click(link(page.locator(".ds_breadcrumbs"), cycle.title()));
        expect(h1(page)).hasText(cycle.title());
        Locator row = page.locator("#indicator-5-2 td");
        expect(row.nth(1)).hasText("Good");
        expect(row.nth(2)).hasText("NHS board: Adequate, Police Scotland: Good");
        expect(page.locator("#progress")).hasText("1 of 11 indicators have a partnership grade");

        // A contributor sees the agreed grade but cannot agree one.
        Page contributor = newPage(javaScript);
        signIn(contributor, "demo-contributor");
        visit(contributor, workspacePath(cycle, "5.2"));
        expect(contributor.locator("main")).containsText("Agreed: Good. " + rationale);
        expect(button(contributor, "Agree the partnership grade")).hasCount(0);
        expect(contributor.locator("main")).not().containsText("The grade the partnership agrees");
    }

    // ---- 4: an untriangulated grade is fixed by citing evidence -------------------------------------------------

    @Test
    void aFlaggedUntriangulatedGradeIsFixedByCitingEvidence() throws IOException {
        Cycle cycle = startCycle("Journey triangulating");
        int version = evaluations.evaluation(cycle, "5.2").version();
        evaluations.agreeGrade(cycle, "5.2", 4, "Agreed at the self-evaluation day.", version, accounts.actingAs("demo-lead"));

        Page page = newPage(true);
        signIn(page, "demo-lead");
        visit(page, workspacePath(cycle, "5.2"));
        expect(page.locator("main")).containsText("Agreed: Good. Agreed at the self-evaluation day.");
        Locator checks = page.locator("section[aria-labelledby=checks-heading]");
        expect(checks.getByRole(AriaRole.HEADING)).hasText("Checks");
        expect(checks).containsText("A grade with no evidence");
        expect(checks).containsText("Not triangulated");
        expect(page.locator("main")).containsText("No evidence cited yet.");

        cite(page, "D009", "Audit found chronologies in 34 of 40 records.");
        expect(checks).not().containsText("A grade with no evidence");
        expect(checks).containsText("Not triangulated");
        cite(page, "D005", "");
        cite(page, "D020", "");

        expect(page.locator("#checks-heading")).hasCount(0);
        expect(page.locator("main")).not().containsText("Not triangulated");
        expect(page.locator("main")).not().containsText("A grade with no evidence");
        Locator cited = page.locator("#evidence ~ .tri-table-scroll table tbody tr");
        expect(cited).hasCount(3);
        expect(citedRow(page, "D009").locator("td")).hasText(new String[] {"D009", "Multi-agency audit of chronologies",
                "Observation and audit of practice", "Audit found chronologies in 34 of 40 records.", "Remove"});
        expect(citedRow(page, "D005").locator("td").nth(1)).hasText("CPC performance data set, quarter 1 2024-25");
        expect(citedRow(page, "D020").locator("td").nth(1)).hasText("Children and young people's wellbeing survey 2024 results");

        // The summary counts the evidence and the download has it too.
        click(link(page.locator(".ds_breadcrumbs"), cycle.title()));
        Locator row = page.locator("#indicator-5-2 td");
        expect(row.nth(3)).hasText("Triangulated");
        expect(row.nth(4)).hasText("3");
        expect(row.nth(5)).hasText("None");
        Download xlsx = page.waitForDownload(() -> link(page, "Download the summary (Excel)").click());
        assertThat(xlsx.failure()).isNull();
        assertThat(xlsx.suggestedFilename()).isEqualTo("cycle-" + cycle.id() + "-summary.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Quality indicator");
            assertThat(sheet.getLastRowNum()).isEqualTo(FOCUS.size());
            Row qi = sheet.getRow(1 + FOCUS.indexOf("5.2"));
            assertThat(qi.getCell(0).getStringCellValue()).isEqualTo("5.2");
            assertThat(qi.getCell(2).getStringCellValue()).isEqualTo("Good");
            assertThat(qi.getCell(6).getStringCellValue()).isEqualTo("Yes");
            assertThat(qi.getCell(7).getNumericCellValue()).isEqualTo(3.0);
        }
        expect(h1(page)).hasText(cycle.title());
    }

    // ---- 5: two people save the same answers at once ------------------------------------------------------------

    @Test
    void answersSavedAtTheSameTimeByTwoPeopleLoseNothing() {
        Cycle cycle = startCycle("Journey saving together");
        Page first = track(context().newPage());
        signIn(first, "demo-lead");
        visit(first, workspacePath(cycle, "6.2"));
        click(link(first.locator("main"), "Answer the questions"));
        expect(h1(first)).hasText("Answer the questions");
        Page second = track(context().newPage());
        signIn(second, "demo-contributor");
        visit(second, workspacePath(cycle, "6.2") + "/answers");

        String theirs = "The shared vision is known by staff across agencies.";
        String mine = "Leaders are visible, but the plan's priorities are not yet measured.";
        first.getByLabel("How good are we now?").fill(theirs);
        click(button(first, "Save answers"));
        assertSavedWhereTheyLand(first, "The answers have been saved.");
        expect(first).hasURL(Pattern.compile(literal(workspacePath(cycle, "6.2")) + "#notice$"));
        expect(first.locator("#answers-read-only dd").first()).hasText(theirs);

        // The second person is still on the page they opened before the first one saved.
        second.getByLabel("How good are we now?").fill(mine);
        click(button(second, "Save answers"));
        expect(second.getByRole(AriaRole.STATUS)).hasCount(0);
        expect(second).hasURL(Pattern.compile(literal(workspacePath(cycle, "6.2") + "/answers") + "$"));
        Locator summary = second.locator("#error-summary");
        expect(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        expect(link(summary, "Someone else saved this evaluation while you were writing. Their text is in the boxes; "
                + "what you wrote is shown above each box. Choose what to keep and save again.")).hasAttribute("href", "#howGoodNow");
        Locator question = second.locator(".ds_question").filter(new Locator.FilterOptions().setHas(second.locator("#howGoodNow")));
        expect(question.locator(".ds_inset-text")).containsText("What you wrote (not saved):");
        expect(question.locator(".ds_inset-text pre")).hasText(mine);
        expect(second.locator("#howGoodNow")).hasValue(theirs);

        // They keep both and save again.
        second.locator("#howGoodNow").fill(theirs + "\n" + mine);
        click(button(second, "Save answers"));
        expect(second.getByRole(AriaRole.STATUS)).hasText("The answers have been saved.");
        expect(second.locator("#error-summary")).hasCount(0);
        expect(second.locator("#answers-read-only dd").first()).containsText(theirs);
        expect(second.locator("#answers-read-only dd").first()).containsText(mine);
        visit(first, workspacePath(cycle, "6.2") + "/answers");
        expect(first.locator("#howGoodNow")).hasValue(theirs + "\n" + mine);
    }

    // ---- 6: text typed and not saved is not silently thrown away ------------------------------------------------

    @Test
    void leavingWithAnswersNotSavedAsksFirst() {
        Cycle cycle = startCycle("Journey unsaved");
        Page page = newPage(true);
        signIn(page, "demo-contributor");
        visit(page, workspacePath(cycle, "8.1"));
        // The answers have a page of their own: no other form of the workspace can send them away.
        expect(page.locator("main textarea#howGoodNow")).hasCount(0);
        click(link(page.locator("#answers-read-only"), "Change How good are we now?"));
        expect(page).hasURL(Pattern.compile(literal(workspacePath(cycle, "8.1") + "/answers#howGoodNow") + "$"));
        List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        String draft = "Staff describe a clear vision, but it is not yet shared with families.";
        page.getByLabel("How good are we now?").fill(draft);

        // Leaving the page: the browser asks first, and staying keeps the text.
        link(page.locator("main"), "Back to the evaluation without saving").click();
        expect(page.locator("#howGoodNow")).hasValue(draft);
        assertThat(dialogs).containsExactly("beforeunload");
        expect(page).hasURL(Pattern.compile(literal(workspacePath(cycle, "8.1") + "/answers") + "#howGoodNow$"));

        // Saving the answers is not leaving them; then citing evidence has nothing to lose.
        click(button(page, "Save answers"));
        assertSavedWhereTheyLand(page, "The answers have been saved.");
        assertThat(dialogs).hasSize(1);
        cite(page, "D009", "");
        assertThat(dialogs).hasSize(1);
        expect(page.locator("#answers-read-only dd").first()).hasText(draft);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String unique(String prefix) {
        return prefix + " " + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet();
    }

    /** A cycle of the 2018 framework with the focus indicators, started by the demo lead. */
    private Cycle startCycle(String prefix) {
        return cycles.start(PARTNERSHIP, null, unique(prefix), LocalDate.of(2026, 6, 30),
                List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-lead"));
    }

    private static String summaryPath(Cycle cycle) {
        return "/partnerships/" + PARTNERSHIP + "/cycles/" + cycle.id();
    }

    private static String workspacePath(Cycle cycle, String code) {
        return summaryPath(cycle) + "/evaluations/" + code;
    }

    private Locator perspectiveForm(Page page) {
        return page.locator("main form").filter(new Locator.FilterOptions().setHas(button(page, "Record my grade")));
    }

    /** The grades each perspective has given, as listed under "Grades from each perspective". */
    private static Locator gradesList(Page page) {
        return page.locator("#grades + ul > li");
    }

    private static Locator citedRow(Page page, String number) {
        return page.locator("#evidence ~ .tri-table-scroll table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(number))));
    }

    /** Chooses a radio button from the keyboard (the design system draws its own over the label). */
    private static void choose(Locator form, String label) {
        Locator input = form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        input.focus();
        expect(input).isFocused();
        input.press("Space");
        expect(input).isChecked();
    }

    private void cite(Page page, String number, String point) {
        page.getByLabel("Document from the log").selectOption(number);
        page.getByLabel("The point it supports").fill(point);
        click(button(page, "Cite this evidence"));
        assertSavedWhereTheyLand(page, "The evidence has been cited.");
        expect(page.locator("#evidence ~ .tri-table-scroll table")).containsText(number);
    }
}
