package scot.triangulate.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.performance.Comparators;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorPage;
import scot.triangulate.performance.IndicatorPages;
import scot.triangulate.performance.IndicatorSummaries;
import scot.triangulate.performance.IndicatorSummary;
import scot.triangulate.performance.IndicatorValues;

/**
 * An indicator's page and a partnership's summaries are computed once and kept, and computed again as soon as a
 * figure is added or revised or the phases change, whichever instance makes the change. Moray's figures in the 1940s
 * keep these tests apart from the demonstration data and from other tests.
 */
@IntegrationTest
class IndicatorPageCacheTest {

    private static final String PARTNERSHIP = "moray";
    private static final String CODE = "ird-to-planning-meeting";
    private static final String PAGE = "/partnerships/" + PARTNERSHIP + "/performance/indicators/" + CODE;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private IndicatorValues values;
    @Autowired
    private IndicatorSummaries summaries;
    @Autowired
    private IndicatorCharts charts;
    @Autowired
    private IndicatorPages pages;
    @Autowired
    private Comparators comparators;
    @Autowired
    private JdbcClient jdbc;

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get(PAGE).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Element row(Document page, String period) {
        return page.select("#figures-table tbody tr").stream()
                .filter(r -> r.select("th").text().startsWith(period)).findFirst().orElse(null);
    }

    @Test
    void theChartsAreDrawnAgainWhenAFigureIsAddedOrRevised() throws Exception {
        Document before = page();
        assertThat(row(before, "1940-01")).isNull();
        String svg = before.select("#control-figure svg").outerHtml();
        IndicatorPage cached = pages.page(PARTNERSHIP, CODE, null);
        assertThat(pages.page(PARTNERSHIP, CODE, null)).isSameAs(cached);

        values.record(PARTNERSHIP, CODE, "1940-01", "7", "10", null, 0, "demo-admin");
        Document added = page();
        assertThat(row(added, "1940-01").select("td").eachText()).startsWith("7", "10", "70.0");
        assertThat(added.select("#figures-table tbody tr")).hasSize(before.select("#figures-table tbody tr").size() + 1);
        assertThat(added.select("#control-figure svg").outerHtml()).isNotEqualTo(svg);
        assertThat(pages.page(PARTNERSHIP, CODE, null)).isNotSameAs(cached);

        values.record(PARTNERSHIP, CODE, "1940-01", "9", "10", null, 1, "demo-admin");
        assertThat(row(page(), "1940-01").select("td").eachText()).startsWith("9", "10", "90.0");

        // Another instance sharing the database keeps no memory of this one's cache: its change shows at once.
        jdbc.sql("""
                update indicator_value set numerator = 5, value = 50, revision = revision + 1
                where partnership = ? and indicator_code = ? and period_start = date '1940-01-01'
                """).params(PARTNERSHIP, CODE).update();
        assertThat(row(page(), "1940-01").select("td").eachText()).startsWith("5", "10", "50.0");
    }

    @Test
    void theChartsAreDrawnAgainWhenThePhasesChange() throws Exception {
        for (int month = 1; month <= 6; month++) {
            values.record(PARTNERSHIP, "ird-count", "1941-0" + month, String.valueOf(10 + month), null, null, 0,
                    "demo-admin");
        }
        String indicator = "/partnerships/" + PARTNERSHIP + "/performance/indicators/ird-count";
        String before = mvc.perform(get(indicator).with(user(users.loadUserByUsername("demo-admin"))))
                .andReturn().getResponse().getContentAsString();
        int version = charts.phases(PARTNERSHIP, "ird-count").version();
        charts.savePhases(PARTNERSHIP, "ird-count", "1941-01", "1941-03", List.of(), version);
        String after = mvc.perform(get(indicator).with(user(users.loadUserByUsername("demo-admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(after).select("#control-figure svg").outerHtml())
                .isNotEqualTo(Jsoup.parse(before).select("#control-figure svg").outerHtml());
    }

    @Test
    void theChartsAreDrawnAgainWhenTheChosenComparatorsChange() throws Exception {
        String indicator = "/partnerships/" + PARTNERSHIP + "/performance/indicators/cp-register-rate";
        comparators.choose(PARTNERSHIP, List.of());
        assertThat(Jsoup.parse(mvc.perform(get(indicator).with(user(users.loadUserByUsername("demo-admin"))))
                .andReturn().getResponse().getContentAsString()).select("#figures-table thead th").eachText())
                .doesNotContain("Angus");
        comparators.choose(PARTNERSHIP, List.of("angus"));
        assertThat(Jsoup.parse(mvc.perform(get(indicator).with(user(users.loadUserByUsername("demo-admin"))))
                .andReturn().getResponse().getContentAsString()).select("#figures-table thead th").eachText())
                .contains("Angus");
        comparators.choose(PARTNERSHIP, List.of());
    }

    @Test
    void aPartnershipsSummariesAreKeptUntilAFigureChanges() {
        List<IndicatorSummary> first = summaries.all(PARTNERSHIP);
        assertThat(summaries.all(PARTNERSHIP)).isSameAs(first);
        values.record(PARTNERSHIP, CODE, "1942-01", "3", "4", null, 0, "demo-admin");
        List<IndicatorSummary> after = summaries.all(PARTNERSHIP);
        assertThat(after).isNotSameAs(first);
        assertThat(summaries.all(PARTNERSHIP)).isSameAs(after);
    }
}
