package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/** The position statement's pages, rendered: task list, a section with its guidance, conflicts, checks, submission. */
@IntegrationTest
class PositionStatementPagesTest {

    private static final String LEAD = PositionStatementApiTest.LEAD;
    private static final String CONTRIBUTOR = PositionStatementApiTest.CONTRIBUTOR;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CycleService cycles;
    @Autowired
    private PositionStatementService statements;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CoreDocuments coreDocuments;

    private Cycle cycle;
    private String base;

    @BeforeEach
    void setUp() {
        cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        base = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement";
    }

    private Document page(String path, String token) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn(token))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theTaskListShowsTheSixSectionsAndTheWordLimit() throws Exception {
        statements.save(cycle, "data", "Referrals rose [D404].", 0, "demo-lead");
        Document page = page(base, CONTRIBUTOR);
        assertThat(page.select("h1").text()).isEqualTo("Position statement");
        assertThat(page.select(".ds_task-list__task-link")).extracting(e -> e.text()).containsExactlyElementsOf(PositionStatementApiTest.TITLES);
        assertThat(page.select("#section-data .ds_tag").text()).isEqualTo("Written");
        assertThat(page.select("#section-context .ds_tag").text()).isEqualTo("Not started");
        assertThat(page.select("#word-total").text()).isEqualTo("2 of 5,000 words");
        assertThat(page.select("a[href$=position-statement.docx]")).hasSize(1);
        assertThat(page.select("script[src=/js/position-statement.js]").attr("nonce")).isNotBlank();
    }

    @Test
    void aSectionShowsItsGuidanceWithItsSourceAndTheWordRule() throws Exception {
        Document page = page(base + "/sections/achievements-and-improvement", CONTRIBUTOR);
        assertThat(page.select("h1").text()).isEqualTo("3-5 key achievements and areas for improvement");
        assertThat(page.select("#guidance").text()).contains("three to five key achievements over the last two years",
                "Quoted from: Care Inspectorate");
        assertThat(page.select("#conventions + ul").text()).contains("Key achievements", "3 to 5 items", "QI 5.2");
        assertThat(page.select("#conventions + ul li").eachText()).contains("Comment on capacity for improvement: the checks look"
                + " for the words \u201Ccapacity for improvement\u201D (or another wording of them), or QI 10.");
        assertThat(page.select("#word-rule").text()).contains("Citations like [D012]");
        assertThat(page.select("#text").attr("aria-describedby")).contains("word-rule");
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        mvc.perform(get(base + "/sections/nothing").with(signedIn(LEAD))).andExpect(status().isNotFound());
    }

    @Test
    void savingRedirectsToTheTaskListAndTheTextIsShownSafely() throws Exception {
        String cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Plan " + PositionStatementTestData.unique()).documentNumber();
        mvc.perform(post(base + "/sections/context").with(signedIn(CONTRIBUTOR))
                .param("text", "# Governance\n\nSee [" + cited + "] <script>alert(1)</script> [x](javascript:alert(2))").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "#section-context"))
                .andExpect(flash().attribute("savedKey", "context"));
        Document page = page(base + "/sections/context", CONTRIBUTOR);
        assertThat(page.select("#saved-preview h3").text()).isEqualTo("Governance");
        assertThat(page.select("#saved-preview script")).isEmpty();
        assertThat(page.select("#saved-preview").text()).contains("<script>alert(1)</script>");
        assertThat(page.select("#saved-preview a").attr("href")).isEqualTo("/partnerships/clackmannanshire/evidence/" + cited);
        assertThat(page.select("#saved-preview a[href^=javascript]")).isEmpty();
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    }

    @Test
    void aSectionOffersTheFormattingGuideTheToolbarAndPreview() throws Exception {
        Document page = page(base + "/sections/context", CONTRIBUTOR);
        assertThat(page.select("details#formatting-guide summary").text()).isEqualTo("How to format the text");
        assertThat(page.select("#formatting-marks code")).extracting(e -> e.text())
                .containsExactly("## Heading", "**bold**", "- item", "1. item", "[text](https://address)");
        // The toolbar is the script's to show: without JavaScript its buttons would do nothing.
        assertThat(page.select("#format-toolbar[role=toolbar][hidden]").attr("aria-label")).isEqualTo("Formatting");
        assertThat(page.select("#format-toolbar button[type=button]")).extracting(e -> e.text())
                .containsExactly("Heading", "Bold", "Bulleted list", "Numbered list", "Link");
        assertThat(page.select("#format-toolbar [onclick], #link-panel [onclick]")).isEmpty();
        assertThat(page.select("#preview-button[type=submit]").attr("formaction"))
                .isEqualTo(base + "/sections/context/preview#preview");
        assertThat(page.select("#preview")).isEmpty();
        assertThat(page.select("script[src=/js/format-toolbar.js]").attr("nonce")).isNotBlank();
        assertThat(page(base, CONTRIBUTOR).select("script[src=/js/format-toolbar.js]")).isEmpty();
    }

    @Test
    void previewShowsTheUnsavedTextAsItWillAppearSafelyAndKeepsItInTheBox() throws Exception {
        statements.save(cycle, "context", "Saved words.", 0, "demo-lead");
        String cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Plan " + PositionStatementTestData.unique()).documentNumber();
        String unsaved = "## Governance\n\n**Strong** partnership, see [" + cited + "] and [the plan](https://www.gov.scot/plan).\n\n"
                + "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
                + "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">here</a> </textarea><script>alert(6)</script>";
        String html = mvc.perform(post(base + "/sections/context/preview").with(signedIn(CONTRIBUTOR))
                        .param("text", unsaved).param("version", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        Element preview = page.selectFirst("#preview-text");
        assertThat(preview).isNotNull();
        assertThat(page.select("#preview h2").text()).isEqualTo("Preview of your text");
        assertThat(preview.select("h4").text()).isEqualTo("Governance");
        assertThat(preview.select("strong").text()).isEqualTo("Strong");
        assertThat(preview.select("a[href=/partnerships/clackmannanshire/evidence/" + cited + "]").text()).isEqualTo("[" + cited + "]");
        assertThat(preview.select("a[href=https://www.gov.scot/plan]").text()).isEqualTo("the plan");
        // Hostile text is shown as text and runs nothing.
        assertThat(preview.select("script, img, [onerror], [onclick], a[href^=javascript]")).isEmpty();
        assertThat(preview.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "click");
        assertThat(page.select("script:not([src])")).isEmpty();
        // The same HTML the application renders for the text once saved.
        assertThat(preview.html()).isEqualTo(Jsoup.parseBodyFragment(statements.html("clackmannanshire", unsaved, 2)).body().html());
        // Nothing lost, nothing saved: the text and the version it was read at are back in the form.
        assertThat(page.select("#text").first().wholeText()).isEqualTo(unsaved);
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#saved-preview").text()).isEqualTo("Saved words.");
        assertThat(statements.section(cycle, "context").text()).isEqualTo("Saved words.");
    }

    @Test
    void previewRefusesTextTooLongToSaveAndKeepsIt() throws Exception {
        String tooLong = "a".repeat(PositionStatementService.MAX_SECTION_CHARACTERS + 1);
        Document page = Jsoup.parse(mvc.perform(post(base + "/sections/context/preview").with(signedIn(CONTRIBUTOR))
                        .param("text", tooLong).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#error-summary a[href=#text]").text()).startsWith("The text is too long to preview or save");
        assertThat(page.select("#preview")).isEmpty();
        assertThat(page.select("#text").first().wholeText()).isEqualTo(tooLong);
        mvc.perform(post(base + "/sections/nothing/preview").with(signedIn(CONTRIBUTOR)).param("text", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCitationThatCannotStandIsShownBesideTheTextOnceSaved() throws Exception {
        String cleared = PositionStatementTestData.link(evidence, "clackmannanshire", "Plan " + PositionStatementTestData.unique())
                .documentNumber();
        String held = PositionStatementTestData.file(evidence, "clackmannanshire", "Case note " + PositionStatementTestData.unique(),
                "Child: Jamie Smith, CHI 0101011237, date of birth 01/01/2011.").documentNumber();
        mvc.perform(post(base + "/sections/data").with(signedIn(CONTRIBUTOR))
                        .param("text", "Referrals rose [" + cleared + "] as the case shows [" + held + "], see also [D999999].")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/sections/data#citation-warnings"));
        Document page = page(base + "/sections/data", CONTRIBUTOR);
        assertThat(page.select("#citation-warnings li")).extracting(e -> e.text()).containsExactly(
                "[" + held + "] in \u201CWhat your data is telling you\u201D is held by personal-data screening and cannot be cited until it is cleared.",
                "[D999999] in \u201CWhat your data is telling you\u201D is not in the document log.");
        assertThat(page.select("#text").attr("aria-describedby")).contains("citation-warnings");
        assertThat(page.select("#text").attr("data-citable")).contains(cleared + ":CLEARED", held + ":HELD");
        assertThat(page.select("#citation-warnings-live").attr("data-unknown"))
                .isEqualTo("[{0}] in \u201CWhat your data is telling you\u201D is not in the document log.");

        statements.save(cycle, "data", "Referrals rose [" + cleared + "].", 1, "demo-lead");
        assertThat(page(base + "/sections/data", CONTRIBUTOR).select("#citation-warnings")).isEmpty();
    }

    @Test
    void aStaleSaveShowsBothTextsAndKeepsTheWritersInTheBox() throws Exception {
        statements.save(cycle, "leadership", "Their newer words.", 0, "demo-lead");
        String html = mvc.perform(post(base + "/sections/leadership").with(signedIn(CONTRIBUTOR))
                .param("text", "My unsaved words.").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary a[href=#conflict]")).hasSize(1);
        assertThat(page.select("#their-text").text()).isEqualTo("Their newer words.");
        assertThat(page.select("#text").text()).isEqualTo("My unsaved words.");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#text").attr("data-conflict")).isEqualTo("true");
        assertThat(statements.section(cycle, "leadership").text()).isEqualTo("Their newer words.");
    }

    @Test
    void theChecksPageLinksEachProblemToItsFixAndOnlyLeadsSubmit() throws Exception {
        statements.save(cycle, "data", "Figures [D98765].", 0, "demo-lead");
        Document checks = page(base + "/checks", CONTRIBUTOR);
        assertThat(checks.select("#problem-list li[data-code=section-empty]")).hasSize(5);
        assertThat(checks.select("#problem-list li[data-code=citation-unknown] a").attr("href")).isEqualTo(base + "/sections/data#text");
        assertThat(checks.select("#lead-submits").text()).isEqualTo("Only a partnership lead can submit the position statement.");
        assertThat(checks.select("form[action$=/submit]")).isEmpty();

        mvc.perform(post(base + "/submit").with(signedIn(CONTRIBUTOR))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/submit").with(signedIn(LEAD))).andExpect(redirectedUrl(base + "/checks"))
                .andExpect(flash().attribute("refused", true));
        assertThat(statements.submissions(cycle)).isEmpty();

        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
        String cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Plan " + PositionStatementTestData.unique()).documentNumber();
        PositionStatementTestData.passingSections(cited).forEach((key, text) ->
                statements.save(cycle, key, text, statements.section(cycle, key).version(), "demo-lead"));
        mvc.perform(post(base + "/submit").with(signedIn(LEAD))).andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("submitted", 1));
        Document overview = page(base, LEAD);
        assertThat(overview.select("#statement-status").text()).startsWith("Version 1 was submitted by demo-lead");
        assertThat(overview.select("#versions + table tbody tr")).hasSize(1);
    }

    /** Pages take a signed-in session and its CSRF token (API tokens open the API only): the token's owner. */
    private RequestPostProcessor signedIn(String token) {
        String username = token.substring("Bearer ".length(), token.length() - "-token".length());
        RequestPostProcessor person = SecurityMockMvcRequestPostProcessors.user(pageUsers.loadUserByUsername(username));
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(person.postProcessRequest(request));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.security.core.userdetails.UserDetailsService pageUsers;
}
