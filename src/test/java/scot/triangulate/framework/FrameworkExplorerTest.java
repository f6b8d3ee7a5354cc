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

    @Test
    void aBadBuiltInFileStopsLoadingWithItsNameAndPlace() {
        BuiltInFrameworks loader = new BuiltInFrameworks(catalogue);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> loader.load(BuiltInFrameworks.SCALES, "classpath:bad-frameworks/*.yaml"))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("duplicate-codes.yaml")
                .hasMessageContaining("indicators[1]: duplicate quality indicator code '1.1'");
        assertThat(catalogue.frameworks()).noneMatch(f -> f.id().equals("bad-framework"));
    }
}
