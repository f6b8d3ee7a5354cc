package scot.triangulate.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.performance.Comparators;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorSummaries;
import scot.triangulate.performance.IndicatorSummary;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;

/**
 * The performance pages as a member sees them: dashboard, indicator page with both charts and the table of their
 * numbers, downloads, entering and revising a figure, phases, comparators and publishing as evidence. Figures in
 * the 1960s keep these tests apart from the demonstration data.
 */
@IntegrationTest
class PerformancePagesTest {

    private static final String BASE = "/partnerships/clackmannanshire/performance";
    private static final String INDICATOR = BASE + "/indicators/ird-count";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private IndicatorValues values;
    @Autowired
    private IndicatorCharts charts;
    @Autowired
    private Comparators comparators;
    @Autowired
    private IndicatorSummaries summaries;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private scot.triangulate.selfevaluation.CycleService cycles;
    @Autowired
    private scot.triangulate.positionstatement.PositionStatementService statements;

    private RequestPostProcessor lead() {
        return user(users.loadUserByUsername("demo-lead"));
    }

    @BeforeEach
    void figures() throws Exception {
        StringBuilder csv = new StringBuilder("indicator,period,numerator\n");
        int[] counts = {20, 22, 19, 21, 23, 20, 18, 22, 21, 19, 20, 41};
        for (int m = 0; m < counts.length; m++) {
            csv.append("ird-count,1960-").append(String.format("%02d", m + 1)).append(',').append(counts[m]).append('\n');
        }
        mvc.perform(multipart("/api/partnerships/clackmannanshire/indicator-values")
                .file(new MockMultipartFile("file", "f.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer demo-lead-token")).andExpect(status().isOk());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(lead())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** Follows a redirect in the same session, where Spring Session keeps the flash attributes. */
    private Document follow(MvcResult result) throws Exception {
        String location = result.getResponse().getRedirectedUrl();
        return Jsoup.parse(mvc.perform(get(location).with(lead()).cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDashboardListsEachIndicatorWithItsLatestFigure() throws Exception {
        Document dashboard = page(BASE);
        assertThat(dashboard.select("#indicator-ird-count a").text()).isEqualTo("Initial referral discussions held");
        assertThat(dashboard.select("h2").eachText()).contains("How much?");
    }

    /**
     * Beside each latest figure, a trend line of the latest figures, drawn left to right in the order of the periods
     * (a higher figure higher up), hidden from screen readers, which read the same figures in words instead.
     */
    @Test
    void theDashboardDrawsEachIndicatorsTrendAndGivesItsFiguresInWords() throws Exception {
        Document dashboard = page(BASE);
        List<IndicatorSummary> all = summaries.all("clackmannanshire");
        assertThat(dashboard.select("main tbody tr[id^=indicator-]")).hasSize(all.size()).allSatisfy(row -> {
            assertThat(row.select(".tri-sparkline svg[aria-hidden=true]")).hasSize(1);
            assertThat(row.select(".visually-hidden.tri-trend").text()).startsWith("Trend: ");
        });

        Element row = dashboard.selectFirst("#indicator-ird-count");
        List<IndicatorValue> series = values.series("clackmannanshire", "ird-count");
        List<IndicatorValue> trend = series.subList(series.size() - IndicatorSummary.TREND_POINTS, series.size());
        assertThat(row.select(".tri-trend").text()).isEqualTo("Trend: " + trend.stream()
                .map(v -> v.value().stripTrailingZeros().toPlainString() + " in " + v.period().inWords())
                .collect(Collectors.joining(", ")));
        String[] points = row.selectFirst(".tri-sparkline path.value").attr("d").substring(1).split("L");
        assertThat(points).hasSize(trend.size());
        for (int i = 1; i < points.length; i++) {
            double[] before = xy(points[i - 1]);
            double[] after = xy(points[i]);
            assertThat(after[0]).as("point %d is right of the one before", i).isGreaterThan(before[0]);
            assertThat(Math.signum(before[1] - after[1])).as("point %d against the one before", i)
                    .isEqualTo((double) trend.get(i).value().compareTo(trend.get(i - 1).value()));
        }
    }

    private static double[] xy(String point) {
        String[] xy = point.split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    @Test
    void theIndicatorPageShowsBothChartsTheirMethodsAndTheTableOfNumbers() throws Exception {
        Document indicator = page(INDICATOR);
        assertThat(indicator.select("#control-figure svg")).hasSize(1);
        assertThat(indicator.select("#run-figure svg")).hasSize(1);
        assertThat(indicator.select("#control-name").text()).isEqualTo("Control chart for a count or an average (XmR chart)");
        // The method, for those who want it, is in a details component rather than in the way.
        assertThat(indicator.select("#control-method-details #control-method").text()).startsWith("XmR chart (mean");
        assertThat(indicator.select("#run-method-details #run-method").text()).contains("Anhøj rules");
        int points = values.series("clackmannanshire", "ird-count").size();
        assertThat(indicator.select("#figures-table tbody tr")).hasSize(points);
        assertThat(indicator.select("#figures-table tbody tr:contains(1960-12)").text()).contains("Outside the limits");
        assertThat(indicator.select("#signals li[data-rule=OUTSIDE_LIMITS]").text()).startsWith("December 1960: Outside the limits")
                .endsWith("this figure is further from the centre line than chance alone would put it");
    }

    @Test
    void chartsAndFiguresDownload() throws Exception {
        MvcResult svg = mvc.perform(get(INDICATOR + "/chart.svg").with(lead())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))).andReturn();
        assertThat(svg.getResponse().getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getResponse().getContentAsString()).contains("<svg").contains("Initial referral discussions held");
        byte[] png = mvc.perform(get(INDICATOR + "/chart.png").with(lead())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        String csv = mvc.perform(get(INDICATOR + "/data.csv").with(lead())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("period,numerator,denominator,value,centre");
        assertThat(csv).contains("1960-12,41,,41,");
    }

    @Test
    void aFigureIsAddedThenRevisedAndAStaleRevisionIsRefused() throws Exception {
        MvcResult added = mvc.perform(post(INDICATOR + "/values").with(lead()).with(csrf())
                .param("period", "1961-01").param("numerator", "25").param("revision", "0"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(follow(added).select("#notice").text()).isEqualTo("The figure for January 1961 was added.");

        MvcResult again = mvc.perform(post(INDICATOR + "/values").with(lead()).with(csrf())
                .param("period", "1961-01").param("numerator", "26").param("revision", "0"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(follow(again).select("#error-summary").text()).contains("already a figure for 1961-01");

        Document before = page(INDICATOR + "/periods/1961-01");
        assertThat(before.select("main form input[name=revision]").val()).isEqualTo("1");
        mvc.perform(post(INDICATOR + "/values").with(lead()).with(csrf())
                .param("period", "1961-01").param("numerator", "27").param("revision", "1"))
                .andExpect(status().is3xxRedirection());
        MvcResult stale = mvc.perform(post(INDICATOR + "/values").with(lead()).with(csrf())
                .param("period", "1961-01").param("numerator", "28").param("revision", "1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(follow(stale).select("#error-summary").text()).contains("Someone else saved");
        Document history = page(INDICATOR + "/periods/1961-01");
        assertThat(history.select("#revisions tbody tr")).hasSize(2);
        assertThat(history.select("#revisions tbody tr").get(0).text()).contains("First published").contains("25");
        assertThat(history.select("#revisions tbody tr").get(1).text()).contains("Revision 2").contains("27");
    }

    @Test
    void aBadFigureIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        int before = values.series("clackmannanshire", "ird-count").size();
        MvcResult refused = mvc.perform(post(INDICATOR + "/values").with(lead()).with(csrf())
                .param("period", "1961-13").param("numerator", "many").param("revision", "0"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document page = follow(refused);
        assertThat(page.select("#error-summary a").eachAttr("href")).contains("#period", "#numerator");
        assertThat(page.select("#numerator").val()).isEqualTo("many");
        assertThat(values.series("clackmannanshire", "ird-count")).hasSize(before);
    }

    @Test
    void aBaselineIsFrozenAndABadOneRefused() throws Exception {
        int version = charts.phases("clackmannanshire", "ird-count").version();
        MvcResult saved = mvc.perform(post(INDICATOR + "/phases").with(lead()).with(csrf())
                .param("baselineFrom", "1960-01").param("baselineTo", "1960-06").param("changePoints", "")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(follow(saved).select("#baselineFrom").val()).isEqualTo("1960-01");
        assertThat(charts.phases("clackmannanshire", "ird-count").hasBaseline()).isTrue();

        MvcResult refused = mvc.perform(post(INDICATOR + "/phases").with(lead()).with(csrf())
                .param("baselineFrom", "1960-01").param("baselineTo", "1859-06").param("changePoints", "")
                .param("version", String.valueOf(version + 1))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(follow(refused).select("#error-summary").text()).contains("1859-06");
        assertThat(charts.phases("clackmannanshire", "ird-count").baselineTo()).hasToString("1960-06-01");
        mvc.perform(post(INDICATOR + "/phases").with(lead()).with(csrf()).param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void comparatorsAreChosenAndBadChoicesRefused() throws Exception {
        values.importFile("stirling", "f.csv", "indicator,period,numerator\nird-count,1960-01,30\n"
                .getBytes(StandardCharsets.UTF_8), "test");
        mvc.perform(post(BASE + "/comparators").with(lead()).with(csrf()).param("compareWith", "stirling", "falkirk"))
                .andExpect(status().is3xxRedirection());
        assertThat(comparators.chosen("clackmannanshire")).extracting(p -> p.slug()).containsExactly("falkirk", "stirling");
        Document refused = Jsoup.parse(mvc.perform(post(BASE + "/comparators").with(lead()).with(csrf())
                .param("compareWith", "atlantis")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#error-summary").text()).contains("atlantis");
        assertThat(comparators.chosen("clackmannanshire")).hasSize(2);
        assertThat(page(INDICATOR).select("#figures-table thead th").eachText()).contains("Stirling", "Scotland");
        comparators.choose("clackmannanshire", List.of());
    }

    @Test
    void anIndicatorIsPublishedToTheDocumentLogAsPerformanceData() throws Exception {
        MvcResult published = mvc.perform(post(INDICATOR + "/publish").with(lead()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = published.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/partnerships/clackmannanshire/evidence/D");
        int number = Integer.parseInt(location.substring(location.lastIndexOf('D') + 1));
        var item = evidence.get("clackmannanshire", number);
        assertThat(item.sourceType()).isEqualTo(SourceType.PERFORMANCE_DATA);
        assertThat(item.title()).startsWith("Initial referral discussions held: Clackmannanshire");
        assertThat(item.indicators()).contains("5.1");
    }

    @Test
    void aGeneratedDraftIsOfferedAndAddedOnlyWhenTheAuthorChooses() throws Exception {
        String draftPage = "/partnerships/clackmannanshire/cycles/1/position-statement/data-draft";
        var cycle = cycles.get("clackmannanshire", 1);
        String before = statements.section(cycle, "data").text();
        Document offered = page(draftPage + "?indicators=ird-count");
        String draft = offered.select("#draft").val();
        assertThat(draft).startsWith("**Initial referral discussions held** was")
                .contains("XmR control chart").contains("Scotland");
        assertThat(statements.section(cycle, "data").text()).isEqualTo(before);

        int version = statements.section(cycle, "data").version();
        String edited = draft + " We are checking the December figure with Police Scotland.";
        mvc.perform(post(draftPage).with(lead()).with(csrf()).param("draft", edited)
                .param("version", String.valueOf(version - 1)).param("indicators", "ird-count"))
                .andExpect(status().isOk());
        assertThat(statements.section(cycle, "data").text()).isEqualTo(before);

        mvc.perform(post(draftPage).with(lead()).with(csrf()).param("draft", edited)
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(statements.section(cycle, "data").text()).startsWith(before.strip()).endsWith(edited);
    }

    @Test
    void anotherPartnershipsPagesAreRefused() throws Exception {
        var other = user(users.loadUserByUsername("demo-other-lead"));
        mvc.perform(get(BASE).with(other)).andExpect(status().isForbidden());
        mvc.perform(get(INDICATOR + "/chart.svg").with(other)).andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/clackmannanshire/performance/indicators/no-such").with(lead()))
                .andExpect(status().isNotFound());
        mvc.perform(get(INDICATOR + "/periods/1850-01").with(lead())).andExpect(status().isNotFound());
    }
}
