package scot.triangulate.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorSet;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.Period;

/**
 * The import page as a partnership's contributor meets it: how each kind of period is written, a template for each
 * indicator set that imports as downloaded, and refused periods answered with their rule. Inverclyde's own
 * contributor imports, so the templates' figures stay unshared and no other test's comparators see them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPageTest {

    private static final String PARTNERSHIP = "inverclyde";
    private static final String IMPORT = "/partnerships/" + PARTNERSHIP + "/performance/import";
    private static final String MEMBER = "inverclyde-figures-contributor";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountService accounts;
    @Autowired
    private IndicatorCatalogue catalogue;
    @Autowired
    private IndicatorValues values;

    @BeforeAll
    void addMember() {
        if (accounts.find(MEMBER).isEmpty()) {
            accounts.create(MEMBER, "Inverclyde figures contributor", null, "a long enough password",
                    EnumSet.noneOf(AccountRole.class));
            accounts.addMembership(MEMBER, PARTNERSHIP, MembershipRole.CONTRIBUTOR, Agency.COUNCIL_SOCIAL_WORK,
                    "Inverclyde Council");
        }
    }

    private RequestPostProcessor member() {
        return user(users.loadUserByUsername(MEMBER));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(member())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private MvcResult upload(String fileName, String content) throws Exception {
        return mvc.perform(multipart(IMPORT).file(new MockMultipartFile("file", fileName, "text/csv",
                content.getBytes(StandardCharsets.UTF_8))).with(member()).with(csrf())).andReturn();
    }

    @Test
    void theImportPageSaysHowToWriteEachKindOfPeriodInWordsAndAsWritten() throws Exception {
        Document page = page(IMPORT);
        List<Element> rows = page.select("#period-guide tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th").text()).containsExactly("Month", "Quarter",
                "Financial year", "Census date (31 March)", "Census date (31 July)");
        assertThat(rows).extracting(r -> r.select("td").get(1).text()).containsExactly("2024-03 for March 2024",
                "2024 Q1 for January to March 2024", "2024/25 for 2024-25", "2024-03-31 for 31 March 2024",
                "2024-07-31 for 31 July 2024");
        assertThat(rows.get(4).select("td").get(0).text()).startsWith("31 July each year, written as the date, year first.");
        assertThat(rows.get(2).select("td").get(0).text()).startsWith("1 April to 31 March");

        Element register = page.select("#codes tbody tr").stream()
                .filter(r -> r.select("td").get(0).text().equals("cp-register-rate")).findFirst().orElseThrow();
        assertThat(register.select("td").get(2).text()).isEqualTo("Census date (31 July)");
        assertThat(register.select("td").get(3).text()).isEqualTo("2024-07-31");
    }

    @Test
    void theImportPageOffersATemplateForEachIndicatorSet() throws Exception {
        List<Element> links = page(IMPORT).select("#template-links a");
        List<IndicatorSet> sets = catalogue.sets();
        assertThat(sets).hasSize(2);
        assertThat(links).extracting(a -> a.attr("href"))
                .containsExactlyElementsOf(sets.stream().map(s -> IMPORT + "/templates/" + s.id() + ".csv").toList());
        assertThat(links).extracting(Element::text).containsExactlyElementsOf(
                sets.stream().map(s -> "Download a template for " + s.title() + " (CSV)").toList());
    }

    @Test
    void eachTemplateIsReadByTheImporterAndStoresNothingUntilItsFiguresAreGiven() throws Exception {
        for (IndicatorSet set : catalogue.sets()) {
            MockHttpServletResponse response = mvc.perform(get(IMPORT + "/templates/" + set.id() + ".csv")
                    .with(member())).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("text/csv");
            assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                    .contains(PARTNERSHIP + "-" + set.id() + ".csv");
            String csv = response.getContentAsString(StandardCharsets.UTF_8);
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
            assertThat(records.get(0).toList()).containsExactly("partnership", "indicator", "period", "numerator",
                    "denominator", "value");
            List<CSVRecord> rows = records.subList(1, records.size());
            assertThat(rows).extracting(r -> r.get(1))
                    .containsExactlyElementsOf(set.indicators().stream().map(Indicator::code).toList());
            for (CSVRecord row : rows) {
                Indicator indicator = catalogue.get(row.get(1));
                assertThat(row.get(0)).isEqualTo("Inverclyde");
                assertThat(Period.parse(row.get(2), indicator.periodType(), indicator.censusDate()))
                        .as("the period of %s", indicator.code()).isPresent();
                assertThat(values.series(PARTNERSHIP, indicator.code())).as("a template's period revises no figure")
                        .noneMatch(v -> v.period().label().equals(row.get(2)));
                assertThat(List.of(row.get(3), row.get(4), row.get(5))).as("no invented figures").containsOnly("");
            }

            // Imported unchanged: every row asks for its figure, and nothing is stored.
            MvcResult unchanged = upload(set.id() + ".csv", csv);
            assertThat(unchanged.getResponse().getStatus()).isEqualTo(200);
            Document report = Jsoup.parse(unchanged.getResponse().getContentAsString());
            assertThat(report.select("#row-report-table tbody tr")).hasSize(rows.size())
                    .allMatch(r -> r.text().contains("Enter a numerator (and denominator) or a value."));
            for (CSVRecord row : rows) {
                assertThat(values.series(PARTNERSHIP, row.get(1))).extracting(v -> v.period().label()).doesNotContain(row.get(2));
            }

            // With figures given in the template's own rows, it imports.
            StringBuilder filled = new StringBuilder(records.get(0).toList().stream().collect(java.util.stream.Collectors.joining(","))).append('\n');
            for (CSVRecord row : rows) {
                Indicator indicator = catalogue.get(row.get(1));
                String figures = !indicator.hasDenominator() ? "25," : indicator.unit() != null ? "5400,30"
                        : indicator.factor() > 100 ? "120,20000" : "45,60";
                filled.append(row.get(0)).append(',').append(row.get(1)).append(',').append(row.get(2)).append(',')
                        .append(figures).append(",\n");
            }
            MvcResult imported = upload(set.id() + ".csv", filled.toString());
            assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + PARTNERSHIP + "/performance");
            Document dashboard = Jsoup.parse(mvc.perform(get(imported.getResponse().getRedirectedUrl()).with(member())
                            .cookie(imported.getResponse().getCookie("SESSION")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(dashboard.select("#imported").text())
                    .isEqualTo("Imported: " + rows.size() + " figures added, 0 revised, 0 unchanged.");
            for (CSVRecord row : rows) {
                assertThat(values.series(PARTNERSHIP, row.get(1))).extracting(v -> v.period().label()).contains(row.get(2));
            }
        }
    }

    @Test
    void aTemplateIsForTheMembersOfThePartnershipAndAKnownSet() throws Exception {
        mvc.perform(get(IMPORT + "/templates/no-such-set.csv").with(member())).andExpect(status().isNotFound());
        mvc.perform(get(IMPORT + "/templates/scotland-children-in-need-of-protection.csv")
                .with(user(users.loadUserByUsername("demo-other-lead")))).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedPeriodIsReportedWithTheRuleForItsIndicator() throws Exception {
        MvcResult refused = upload("periods.csv", "indicator,period,numerator,denominator\n"
                + "cp-register-count,2026-10-31,100,\n"
                + "child-plans-reviewed,2026 Q5,8,10\n"
                + "ird-count,,12,\n");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#row-report-table tbody tr")).extracting(Element::text).containsExactly(
                "2 period \"2026-10-31\" is not a census date. A census date is 31 July, written like 2026-07-31.",
                "3 period \"2026 Q5\" is not a quarter. A quarter is written as its year and Q1 (January to March),"
                        + " Q2 (April to June), Q3 (July to September) or Q4 (October to December), like 2026 Q1 for"
                        + " January to March 2026.",
                "4 period Enter the month, written as its year and the month's number, like 2024-03 for March 2024.");
    }
}
