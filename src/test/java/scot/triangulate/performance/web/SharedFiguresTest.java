package scot.triangulate.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.performance.IndicatorValues;

/**
 * A partnership's figures stay its own until its lead shares them: other partnerships' comparators read only
 * shared figures and Scotland's national statistics (an administrator's import counts as published), and a
 * revised figure is withdrawn until shared again.
 */
@IntegrationTest
class SharedFiguresTest {

    private static final String INDICATOR = "ird-count";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private IndicatorValues values;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Whether Clackmannanshire's comparators can read a figure of another partnership for a month (yyyy-mm). */
    private boolean clackmannanshireSees(String partnership, String month) {
        return values.comparable(INDICATOR, "clackmannanshire").stream()
                .anyMatch(v -> v.partnership().equals(partnership) && v.period().start().toString().equals(month + "-01"));
    }

    private void record(String username, String period, String value, int revision) throws Exception {
        mvc.perform(post("/partnerships/stirling/performance/indicators/" + INDICATOR + "/values").with(as(username)).with(csrf())
                        .param("period", period).param("value", value).param("revision", String.valueOf(revision)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherPartnershipsFiguresAreComparedOnlyOnceShared() throws Exception {
        record("demo-other-lead", "2031-01", "17", 0);
        assertThat(values.comparable(INDICATOR, "stirling")).as("a partnership always sees its own figures")
                .anyMatch(v -> v.partnership().equals("stirling") && v.period().start().toString().equals("2031-01-01"));
        assertThat(clackmannanshireSees("stirling", "2031-01")).as("not shared yet").isFalse();

        String page = mvc.perform(get("/partnerships/stirling/performance/indicators/" + INDICATOR).with(as("demo-other-lead")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#sharing").text()).isNotEmpty();
        assertThat(Jsoup.parse(page).select("form[action$=/share] button").text()).isEqualTo("Share these figures for comparison");

        mvc.perform(post("/partnerships/stirling/performance/indicators/" + INDICATOR + "/share").with(as("demo-other-lead")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(clackmannanshireSees("stirling", "2031-01")).as("shared by Stirling's lead").isTrue();
        assertThat(values.sharing("stirling", INDICATOR).complete()).isTrue();

        record("demo-other-lead", "2031-01", "19", 1);
        assertThat(clackmannanshireSees("stirling", "2031-01")).as("a revision is withdrawn until shared again").isFalse();
    }

    @Test
    void onlyTheLeadShares() throws Exception {
        mvc.perform(post("/partnerships/clackmannanshire/performance/indicators/" + INDICATOR + "/share")
                .with(as("demo-contributor")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/clackmannanshire/performance/indicators/" + INDICATOR + "/share")
                .with(as("demo-other-lead")).with(csrf())).andExpect(status().isForbidden());
        String page = mvc.perform(get("/partnerships/clackmannanshire/performance/indicators/" + INDICATOR).with(as("demo-contributor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("form[action$=/share]")).isEmpty();
    }

    @Test
    void nationalStatisticsLoadedByAnAdministratorAreSharedAtOnce() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "national.csv", "text/csv",
                "indicator,period,value,partnership\nird-count,2031-02,23,Stirling\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/partnerships/stirling/indicator-values").file(file).with(as("demo-admin")).with(csrf()))
                .andExpect(status().is2xxSuccessful());
        assertThat(clackmannanshireSees("stirling", "2031-02")).isTrue();

        MockMultipartFile own = new MockMultipartFile("file", "own.csv", "text/csv",
                "indicator,period,value\nird-count,2031-03,29\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/partnerships/stirling/indicator-values").file(own).with(as("demo-other-lead")).with(csrf()))
                .andExpect(status().is2xxSuccessful());
        assertThat(clackmannanshireSees("stirling", "2031-03")).as("a partnership's own import waits for its lead").isFalse();
    }
}
