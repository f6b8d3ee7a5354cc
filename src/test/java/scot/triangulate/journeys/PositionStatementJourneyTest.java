package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.positionstatement.PositionStatementTestData;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * The position statement as its writers meet it: all six sections written without JavaScript, a submission
 * refused for too many words and an unknown citation, fixed and submitted by the lead, the three downloads,
 * two people saving the same section at once with nothing lost, text kept through an expired sign-in, and the
 * formatting toolbar and preview with JavaScript on and the formatting guide and preview with it off.
 */
class PositionStatementJourneyTest extends BrowserJourney {

    private static final String SAVE = "Save section";
    private static final List<String> TITLES = List.of("Context of children’s services",
            "What your data is telling you", "Children and young people’s involvement and feedback",
            "Quality Assurance and evaluative activity", "Collaborative strategic and operational leadership",
            "3-5 key achievements and areas for improvement");

    @Autowired
    private CycleService cycles;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CoreDocuments coreDocuments;

    private String statementPath(Cycle cycle) {
        return "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement";
    }

    @Test
    void writeAllSixSectionsHaveASubmissionRefusedFixItSubmitAndDownload() throws IOException {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        EvidenceItem cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Published plan " + PositionStatementTestData.unique());
        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
        Map<String, String> texts = PositionStatementTestData.passingSections(cited.documentNumber());

        Page page = newPage(false);
        signIn(page, "demo-lead");
        visit(page, statementPath(cycle));
        expect(h1(page)).hasText("Position statement");
        expect(page.locator(".ds_task-list__task-link")).hasText(TITLES.toArray(String[]::new));

        // Write every section, the data section with an unknown citation and far too many words.
        int i = 0;
        for (Map.Entry<String, String> section : texts.entrySet()) {
            String title = TITLES.get(i++);
            click(link(page, title));
            expect(h1(page)).hasText(title);
            expect(page.locator("#guidance")).containsText("Quoted from: Care Inspectorate");
            String text = section.getKey().equals("data")
                    ? section.getValue() + " See also [D98765]. " + "more ".repeat(5_000) : section.getValue();
            page.locator("#text").fill(text);
            click(button(page, SAVE));
            if (section.getKey().equals("data")) {
                // Saved, and the citation that cannot stand is shown beside the text at once, not only at submission.
                expect(h1(page)).hasText(title);
                expect(page.locator("#citation-warnings"))
                        .containsText("[D98765] in \u201CWhat your data is telling you\u201D is not in the document log.");
                click(link(page, "Back to the position statement"));
            } else {
                expect(h1(page)).hasText("Position statement");
                expect(page.locator("#saved-notice")).hasText("Saved: " + title + ".");
            }
            expect(page.locator("#section-" + section.getKey() + " .ds_tag")).hasText("Written");
        }
        expect(page.locator("#word-total")).containsText("of 5,000 words");

        // Submitting is refused, with every problem linked to where it is fixed.
        click(link(page, "Check the statement and submit it"));
        expect(h1(page)).hasText("Check and submit");
        click(button(page, "Submit the position statement"));
        expect(h1(page)).hasText("Check and submit");
        Locator summary = page.locator("#error-summary");
        expect(summary.locator("h2")).hasText("The position statement was not submitted. Fix these problems first:");
        expect(summary).containsText("over the limit of 5,000");
        expect(summary).containsText("[D98765] in \u201CWhat your data is telling you\u201D is not in the document log.");
        expect(page.locator("#problem-list > li")).hasCount(2);

        click(page.locator("#problem-list li[data-code=citation-unknown] a"));
        expect(h1(page)).hasText("What your data is telling you");
        assertThat(page.locator("#text").inputValue()).contains("[D98765]");
        page.locator("#text").fill(texts.get("data"));
        click(button(page, SAVE));
        click(link(page, "Check the statement and submit it"));
        expect(page.locator("#checks-passed")).hasText("Every check passes. A partnership lead can submit the statement.");
        click(button(page, "Submit the position statement"));
        expect(h1(page)).hasText("Position statement");
        expect(page.locator("#submitted-notice")).containsText("Submitted as version 1.");
        expect(page.locator("#statement-status")).containsText("Version 1 was submitted by demo-lead");

        // Downloads: Word and PDF with the six headings, and the pack.
        Download docx = page.waitForDownload(() -> link(page, "Position statement (Word)").click());
        assertThat(docx.suggestedFilename()).isEqualTo("position-statement-" + cycle.id() + "-draft.docx");
        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList())
                    .startsWith(TITLES.toArray(String[]::new));
        }
        Download pdf = page.waitForDownload(() -> link(page, "Position statement (PDF)").click());
        try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLES.get(0), TITLES.get(5), "Appendix: document log");
        }
        Download pack = page.waitForDownload(() -> link(page,
                "Submission pack (ZIP: the statement, the document log and every cited file)").click());
        assertThat(entries(pack.path())).contains("position-statement-" + cycle.id() + "-draft.docx",
                "position-statement-" + cycle.id() + "-draft.pdf", "document-log.xlsx");

        // A later edit makes a new draft, compared word by word with the submitted version.
        click(link(page, TITLES.get(2)));
        page.locator("#text").fill("Children's views now shape every plan.");
        click(button(page, SAVE));
        expect(page.locator("#statement-status")).containsText("Draft: changed since version 1");
        click(link(page, "Compare version 1 with the draft"));
        expect(h1(page)).hasText("Compare versions");
        Locator involvement = page.locator("#compare-involvement + p");
        expect(involvement.locator("ins").first()).hasText("Added: now (end)");
        expect(involvement.locator("del").first()).containsText("Removed: their plans");
        expect(page.locator("#compare-context + p")).hasText("No changes.");
    }

    @Test
    void aCitationThatCannotStandIsWarnedOfAsItIsTyped() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        EvidenceItem cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Published plan " + PositionStatementTestData.unique());
        Page page = newPage(true);
        signIn(page, "demo-contributor");
        visit(page, statementPath(cycle) + "/sections/data");
        Locator warnings = page.locator("#citation-warnings-live");
        expect(warnings).isHidden();
        page.locator("#text").fill("Referrals rose [" + cited.documentNumber() + "] and [d98765]");
        expect(warnings).isVisible();
        expect(warnings.locator("li")).hasText(new String[] {
                "[D98765] in \u201CWhat your data is telling you\u201D is not in the document log."});
        page.locator("#text").fill("Referrals rose [" + cited.documentNumber() + "].");
        expect(warnings).isHidden();
        checkPage(page);
    }

    @Test
    void twoPeopleSaveTheSameSectionAndNothingIsLost() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        String section = statementPath(cycle) + "/sections/leadership";
        Page lead = newPage(true);
        signIn(lead, "demo-lead");
        Page contributor = newPage(true);
        signIn(contributor, "demo-contributor");
        visit(lead, section);
        visit(contributor, section);

        lead.locator("#text").fill("The chief officers' group meets monthly.");
        expect(lead.locator("#word-count-live")).hasText("6 words in this section; 6 of 5,000 words in the whole statement.");
        click(button(lead, SAVE));
        expect(lead.locator("#saved-notice")).isVisible();

        contributor.locator("#text").fill("Health leaders joined the committee.");
        click(button(contributor, SAVE));
        expect(h1(contributor)).hasText("Collaborative strategic and operational leadership");
        expect(contributor.locator("#error-summary")).containsText("Someone else saved this section while you were editing it.");
        expect(contributor.locator("#their-text")).hasValue("The chief officers' group meets monthly.");
        expect(contributor.locator("#their-preview")).containsText("The chief officers' group meets monthly.");
        expect(contributor.locator("#text")).hasValue("Health leaders joined the committee.");

        // The contributor keeps both: theirs first, then their own, and saves deliberately.
        contributor.locator("#text").fill("The chief officers' group meets monthly.\n\nHealth leaders joined the committee.");
        click(button(contributor, SAVE));
        expect(contributor.locator("#saved-notice")).isVisible();
        visit(lead, section);
        expect(lead.locator("#saved-preview")).containsText("The chief officers' group meets monthly.");
        expect(lead.locator("#saved-preview")).containsText("Health leaders joined the committee.");
        expect(lead.locator("#restored-draft")).isHidden();
    }

    @Test
    void textTypedWhenTheSignInExpiredIsKeptAndRestored() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        String section = statementPath(cycle) + "/sections/involvement";
        BrowserContext context = context();
        Page page = track(context.newPage());
        signIn(page, "demo-contributor");
        visit(page, section);
        page.locator("#text").fill("Young people chair their own reviews.");

        // The sign-in expires while the writer types: the save is refused (the form's session, and with it its
        // CSRF token, is gone) and the sign-in page says why; the text stays in this tab and comes back once
        // signed in again.
        context.clearCookies();
        follow(page, () -> button(page, SAVE).click());
        assertThat(page.url()).contains("/login?expired");
        expect(page.locator(".ds_inset-text")).containsText("Your sign-in has expired");
        signIn(page, "demo-contributor");
        visit(page, section);
        expect(page.locator("#restored-draft")).isVisible();
        expect(page.locator("#restored-draft")).containsText("did not save");
        expect(page.locator("#text")).hasValue("Young people chair their own reviews.");
        click(button(page, SAVE));
        expect(page.locator("#saved-notice")).hasText("Saved: Children and young people’s involvement and feedback.");
        visit(page, section);
        expect(page.locator("#restored-draft")).isHidden();
        expect(page.locator("#saved-preview")).hasText("Young people chair their own reviews.");
    }

    @Test
    void theToolbarWritesTheMarksAndPreviewShowsTheTextAsItWillAppear() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        String section = statementPath(cycle) + "/sections/context";
        Page page = newPage(true);
        signIn(page, "demo-contributor");
        visit(page, section);
        Locator toolbar = page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Formatting"));
        expect(toolbar).isVisible();
        Locator text = page.locator("#text");
        text.fill("Our partnership works well together.");

        // Bold wraps the selected words.
        text.evaluate("t => t.setSelectionRange(16, 26)");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bold").setExact(true)).click();
        expect(text).hasValue("Our partnership **works well** together.");
        expect(text).isFocused();

        // By keyboard: the toolbar is one Tab stop (the button last used), arrow keys and End move along it, and the
        // link's address is asked for in a box of its own; Enter there adds the link and does not send the form.
        text.evaluate("t => t.setSelectionRange(31, 39)");
        page.keyboard().press("Shift+Tab");
        expect(toolbar.locator("button", new Locator.LocatorOptions().setHasText("Bold"))).isFocused();
        page.keyboard().press("ArrowRight");
        expect(toolbar.locator("button", new Locator.LocatorOptions().setHasText("Bulleted list"))).isFocused();
        page.keyboard().press("End");
        Locator linkButton = toolbar.locator("button", new Locator.LocatorOptions().setHasText("Link"));
        expect(linkButton).isFocused();
        page.keyboard().press("Enter");
        Locator address = page.getByLabel("Address of the link");
        expect(address).isFocused();
        expect(linkButton).hasAttribute("aria-expanded", "true");
        checkPage(page);
        page.keyboard().press("Enter");
        expect(page.locator("#link-address-error")).isVisible();
        page.keyboard().type("www.gov.scot");
        page.keyboard().press("Enter");
        expect(text).hasValue("Our partnership **works well** [together](https://www.gov.scot).");
        expect(address).isHidden();
        expect(text).isFocused();

        // With nothing selected, a list item's placeholder is selected, so typing replaces it.
        text.press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bulleted list")).click();
        page.keyboard().type("Children shape their plans");
        String written = "Our partnership **works well** [together](https://www.gov.scot).\n\n- Children shape their plans";
        expect(text).hasValue(written);
        expect(page.locator("#word-count-live")).containsText("9 words in this section");

        // Preview shows the server's rendering in the page; the text stays in the box, unsaved.
        String url = page.url();
        button(page, "Preview").click();
        Locator preview = page.locator("#preview-text");
        expect(preview.locator("strong")).hasText("works well");
        expect(preview.locator("a[href='https://www.gov.scot']")).hasText("together");
        expect(preview.locator("li")).hasText("Children shape their plans");
        expect(page.locator("#preview-title")).isFocused();
        assertThat(page.url()).isEqualTo(url);
        expect(text).hasValue(written);
        expect(page.locator("#saved-preview")).isEmpty();
        checkPage(page);

        click(button(page, SAVE));
        expect(page.locator("#saved-notice")).hasText("Saved: " + TITLES.get(0) + ".");
        visit(page, section);
        expect(page.locator("#saved-preview strong")).hasText("works well");
    }

    @Test
    void withoutJavaScriptTheGuideSaysHowToFormatAndPreviewKeepsTheText() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        String section = statementPath(cycle) + "/sections/involvement";
        Page page = newPage(false);
        signIn(page, "demo-contributor");
        visit(page, section);
        expect(page.locator("#format-toolbar")).isHidden();
        Locator guide = page.locator("#formatting-guide");
        guide.locator("summary").click();
        expect(guide.locator("code")).hasText(new String[] {"## Heading", "**bold**", "- item", "1. item", "[text](https://address)"});
        expect(guide.locator("code").first()).isVisible();

        String hostile = "## Voices\n\n**Young people** chair reviews. <script>alert(1)</script> "
                + "<img src=x onerror=alert(2)> [click](javascript:alert(3))";
        page.locator("#text").fill(hostile);
        click(button(page, "Preview"));
        assertThat(page.url()).endsWith("/sections/involvement/preview#preview");
        expect(page.locator("#preview")).isInViewport();
        Locator preview = page.locator("#preview-text");
        expect(preview.locator("h4")).hasText("Voices");
        expect(preview.locator("strong")).hasText("Young people");
        expect(preview).containsText("<script>alert(1)</script>");
        expect(preview.locator("script, img, a")).hasCount(0);
        expect(page.locator("#text")).hasValue(hostile);
        expect(page.locator("main")).containsText("Nothing has been saved in this section yet.");

        click(button(page, SAVE));
        expect(page.locator("#saved-notice")).hasText("Saved: " + TITLES.get(2) + ".");
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
