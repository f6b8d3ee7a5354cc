package scot.triangulate.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

/** The framework explorer and its API, open to anyone. */
@IntegrationTest
class FrameworkExplorerTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private FrameworkCatalogue catalogue;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void frameworkPageNestsQuestionKeyAreaAndIndicator() throws Exception {
        Document page = page("/frameworks/qif-2018");
        assertThat(page.select("h1").text()).isEqualTo("Quality Improvement Framework 2018-2019");
        assertThat(page.select("h2").eachText()).contains("What key outcomes have we achieved?", "How good is our leadership?");
        assertThat(page.select("#key-area-5").text()).isEqualTo("Key area 5: Delivery of key processes");
        assertThat(page.select("a[href='/frameworks/qif-2018/indicators/5.2']").text()).isEqualTo("QI 5.2: Assessing risk and need");
    }

    @Test
    void indicatorPageShowsEveryPartWithVeryGoodBesideWeak() throws Exception {
        Document page = page("/frameworks/qif-2018/indicators/5.2");
        assertThat(page.select("h1").text()).isEqualTo("QI 5.2: Assessing risk and need");
        assertThat(page.select("section h2").eachText()).containsExactly("Key factors", "To what extent can we demonstrate",
                "Possible evidence to consider", "Very good illustration", "Weak illustration");
        Framework.Indicator indicator = catalogue.indicator("qif-2018", "5.2");
        assertThat(page.select("section[aria-labelledby=very-good] li").eachText()).isEqualTo(indicator.veryGoodIllustrations());
        assertThat(page.select("section[aria-labelledby=weak] li").eachText()).isEqualTo(indicator.weakIllustrations());
        // Very good and weak share one two-column row.
        assertThat(page.select(".tri-columns:not(.tri-columns--three) > section")).hasSize(2);
    }

    @Test
    void searchHighlightsMatchesAcrossFrameworkText() throws Exception {
        Document page = page("/frameworks/search?q=chronologies");
        assertThat(page.select(".ds_search-result")).isNotEmpty();
        assertThat(page.select(".ds_search-result__summary mark").eachText()).allMatch(t -> t.toLowerCase().startsWith("chronolog"));
        assertThat(page.select(".ds_search-result__link").eachAttr("href")).contains("/frameworks/qif-2018/indicators/5.2");
    }

    @Test
    void searchCanBeLimitedToOneFramework() {
        assertThat(catalogue.search("leadership", "qif-2012")).isNotEmpty().allMatch(r -> r.frameworkId().equals("qif-2012"));
        assertThat(catalogue.search("Safe", "qif-2018")).anyMatch(r -> r.kind() == FrameworkSearchResult.Kind.WELLBEING_INDICATOR);
    }

    @Test
    void searchEscapesEverythingButItsOwnHighlighting() throws Exception {
        mvc.perform(get("/frameworks/search").param("q", "<script>alert(1)</script> chronologies"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        assertThat(FrameworkCatalogue.highlight("a <b>bold</b> \uE000word\uE001"))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; <mark>word</mark>");
    }

    @Test
    void compareFindsRenamedAddedAndRemovedIndicators() throws Exception {
        FrameworkComparison comparison = catalogue.compare("qif-2012", "qif-2018");
        assertThat(comparison.renamed()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("5.1");
            assertThat(r.fromTitle()).isEqualTo("Providing help and support at an early stage");
            assertThat(r.toTitle()).isEqualTo("Initial response");
        });
        assertThat(comparison.added()).extracting(Framework.Indicator::code).contains("6.5");
        assertThat(comparison.removed()).extracting(Framework.Indicator::code).contains("8.3");
        assertThat(comparison.renamed()).noneMatch(r -> r.code().equals("6.1"));
        Document page = page("/frameworks/compare?from=qif-2012&to=qif-2018");
        assertThat(page.text()).contains("Providing help and support at an early stage").contains("Initial response");
    }

    @Test
    void unknownFrameworksAndIndicatorsAreNotFound() throws Exception {
        mvc.perform(get("/frameworks/nope")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/frameworks/qif-2018/indicators/99.9")).andExpect(status().isNotFound());
        mvc.perform(get("/api/frameworks/qif-2018/indicators/99.9")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void apiListsFrameworksAndGivesTheWholeTree() throws Exception {
        mvc.perform(get("/api/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'qif-2018')].publisher").value("Care Inspectorate"))
                .andExpect(jsonPath("$[?(@.id == 'cib-good-2013')].title").exists());
        mvc.perform(get("/api/frameworks/qif-2018"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(6))
                .andExpect(jsonPath("$.questions[0].keyAreas[0].indicators[0].code").value("1.1"))
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].title").value("Assessing risk and need"))
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].keyFactors").isArray())
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].demonstrate").isArray())
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].possibleEvidence").isArray())
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].veryGoodIllustrations").isArray())
                .andExpect(jsonPath("$.questions[2].keyAreas[0].indicators[1].weakIllustrations").isArray());
        mvc.perform(get("/api/frameworks/qif-2018/indicators/9.2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("9.2"))
                .andExpect(jsonPath("$.title").value("Leadership of strategy and direction"));
    }

    @Test
    void apiGivesTheSixPointScale() throws Exception {
        mvc.perform(get("/api/scales/six-point"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels.length()").value(6))
                .andExpect(jsonPath("$.levels[0].value").value(6))
                .andExpect(jsonPath("$.levels[0].name").value("Excellent"))
                .andExpect(jsonPath("$.levels[5].name").value("Unsatisfactory"))
                .andExpect(jsonPath("$.levels[2].definition").value("important strengths with some areas for improvement"));
    }

    @Test
    void healthAndOpenApiDocumentAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/frameworks']").exists())
                .andExpect(jsonPath("$.paths['/api/partnerships/{partnership}']").exists());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "duplicate-codes.yaml | bad-framework | indicators[1]: duplicate quality indicator code '1.1'",
            "four-evaluation-questions.yaml | bad-questions | evaluationQuestions: there must be exactly 3"})
    void aBadBuiltInFileStopsLoadingWithItsNameAndPlace(String file, String id, String problem) {
        BuiltInFrameworks loader = new BuiltInFrameworks(catalogue);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> loader.load(BuiltInFrameworks.SCALES, "classpath:bad-frameworks/" + file))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining(file + ": ")
                .hasMessageContaining(problem);
        assertThat(catalogue.frameworks()).noneMatch(f -> f.id().equals(id));
    }

    @Test
    void guidancePageQuotesTheFrameworkWithItsNotes() throws Exception {
        Document framework = page("/frameworks/qif-2018");
        assertThat(framework.select("a[href='/frameworks/qif-2018/guidance']").text())
                .isEqualTo("The framework’s own guidance on using it for self-evaluation");
        Document page = page("/frameworks/qif-2018/guidance");
        assertThat(page.select("h1").text()).isEqualTo("Guidance on self-evaluation");
        assertThat(page.select("main section:not(.tri-notes) > h2").eachText())
                .containsExactly("1. Introduction", "2. The quality improvement framework", "3. Self-evaluation");
        assertThat(page.select("main section > h3").eachText())
                .containsExactly("The process of self-evaluation", "How good are we now?", "How do we know?", "How good can we be?");
        assertThat(page.select("#how-do-we-know ~ ul li").text()).contains("‘triangulation’")
                .contains("surveys of stakeholders’ and service users views");
        // Footnotes 1 and 2 stand together after "previous self-evaluation guides", as in the source, each linking to its note.
        assertThat(page.select("p:contains(previous self-evaluation guides) sup a").eachAttr("href"))
                .containsExactly("#note-1", "#note-2");
        assertThat(page.select("p:contains(previous self-evaluation guides) sup a").eachAttr("aria-label"))
                .containsExactly("Note 1", "Note 2");
        assertThat(page.select("p:contains(previous self-evaluation guides)").text())
                .contains("previous self-evaluation guides12 and reflect");
        assertThat(page.select("#note-1").text()).contains("How well are we improving the lives of children and young people?");
        assertThat(page.select(".tri-notes li")).hasSize(2);
        assertThat(page.select("a.ds_contents-nav__link").eachAttr("href"))
                .containsExactly("#introduction", "#quality-improvement-framework", "#self-evaluation");
    }

    @Test
    void anIndicatorShowsTheNotesItsTextRefersTo() throws Exception {
        Document page = page("/frameworks/qif-2018/indicators/6.2");
        org.jsoup.nodes.Element panel = page.selectFirst("section[aria-labelledby=demonstrate] li:contains(PANEL)");
        assertThat(panel.text()).isEqualTo("Plans are fully reflective of the rights of children and young people and uphold the PANEL3 principles;");
        assertThat(panel.select("sup a").attr("href")).isEqualTo("#note-3");
        assertThat(panel.select("sup a").attr("aria-label")).isEqualTo("Note 3");
        assertThat(page.select("section[aria-labelledby=very-good] sup a").eachAttr("href")).containsExactly("#note-4", "#note-5");
        assertThat(page.select(".tri-notes li").eachAttr("id")).containsExactly("note-3", "note-4", "note-5");
        assertThat(page.select("#note-5").text()).isEqualTo("5 SMART – specific, measurable, achievable, relevant and time bound");
        // The framework's text itself carries no marks.
        assertThat(catalogue.indicator("qif-2018", "6.2").demonstrate())
                .contains("Plans are fully reflective of the rights of children and young people and uphold the PANEL principles;");
        assertThat(page("/frameworks/qif-2018/indicators/6.5").select("#note-6").text()).isEqualTo("6 Plan, Do, Study, Act");
        assertThat(page("/frameworks/qif-2018/indicators/5.2").select(".tri-notes, sup")).isEmpty();
    }

    @Test
    void aFrameworkWithoutGuidanceHasNoGuidancePage() throws Exception {
        assertThat(page("/frameworks/qif-2012").select("a[href$='/guidance']")).isEmpty();
        mvc.perform(get("/frameworks/qif-2012/guidance")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/nope/guidance")).andExpect(status().isNotFound());
    }

    @Test
    void apiGivesTheGuidanceAndNotes() throws Exception {
        mvc.perform(get("/api/frameworks/qif-2018"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.guidance[0].heading").value("1. Introduction"))
                .andExpect(jsonPath("$.guidance[2].sections[2].content[2].list[0].items.length()").value(4))
                .andExpect(jsonPath("$.notes[2].at[0].indicator").value("6.2"));
    }
}
