package scot.triangulate.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountService;

/** The Beta banner's feedback link leads somewhere real: feedback is kept, checked, and read by administrators. */
@IntegrationTest
class FeedbackTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private FeedbackService feedback;
    @Autowired
    private AccountService accounts;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long stored(String text) {
        return jdbc.sql("select count(*) from feedback where feedback = :t").param("t", text).query(Long.class).single();
    }

    @Test
    void everyPagesBannerLinksToFeedbackFromThatPage() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select(".ds_phase-banner a").attr("href")).isEqualTo("/feedback?from=/");
        assertThat(home.select(".ds_phase-banner").text())
                .isEqualTo("Beta This is a new service. Your feedback will help us to improve it.");
        Document framework = Jsoup.parse(mvc.perform(get("/frameworks")).andReturn().getResponse().getContentAsString());
        assertThat(framework.select(".ds_phase-banner a").attr("href")).isEqualTo("/feedback?from=/frameworks");
    }

    @Test
    void anyoneCanSendFeedbackAndItIsKept() throws Exception {
        String text = "The framework search could find words in illustrations too " + UUID.randomUUID();
        mvc.perform(post("/feedback").with(csrf()).param("from", "/frameworks/search").param("feedback", text))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(text)).isEqualTo(1);
        assertThat(jdbc.sql("select from_path from feedback where feedback = :t").param("t", text).query(String.class).single())
                .isEqualTo("/frameworks/search");
        assertThat(jdbc.sql("select count(*) from feedback where feedback = :t and account is null").param("t", text)
                .query(Long.class).single()).isEqualTo(1);

        String signedIn = "Citing evidence took three clicks " + UUID.randomUUID();
        mvc.perform(post("/feedback").with(csrf()).with(as("demo-lead")).param("feedback", signedIn)
                .param("replyTo", "lead@example.gov.scot")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select account || ' ' || reply_to from feedback where feedback = :t").param("t", signedIn)
                .query(String.class).single()).isEqualTo("demo-lead lead@example.gov.scot");
    }

    @Test
    void badFeedbackIsRefusedWithAClearMessageAndNothingKept() throws Exception {
        long before = jdbc.sql("select count(*) from feedback").query(Long.class).single();
        String empty = mvc.perform(post("/feedback").with(csrf()).param("feedback", "   "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(empty).select("#error-summary a").attr("href")).isEqualTo("#feedback");
        assertThat(Jsoup.parse(empty).select("#feedback-error").text()).isEqualTo("Enter your feedback");

        String tooLong = mvc.perform(post("/feedback").with(csrf()).param("feedback", "x".repeat(2001)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tooLong).select("#feedback-error").text()).isEqualTo("Your feedback must be at most 2,000 characters");

        String badEmail = mvc.perform(post("/feedback").with(csrf()).param("feedback", "Useful").param("replyTo", "not an address"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(badEmail);
        assertThat(page.select("#replyTo-error").text()).startsWith("Enter an email address in the correct format");
        assertThat(page.select("#feedback").text()).isEqualTo("Useful");
        // Without the form's token (a request from another site) nothing is kept.
        var forged = mvc.perform(post("/feedback").param("feedback", "No token")).andReturn().getResponse();
        assertThat(forged.getRedirectedUrl()).isNotEqualTo("/feedback/thanks");
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theWayBackNeverLeadsToAnotherSite() throws Exception {
        for (String from : List.of("https://elsewhere.example/", "//elsewhere.example/x", "/\\elsewhere.example",
                "javascript:alert(1)", "/ok path")) {
            assertThat(FeedbackService.localPath(from)).as(from).isNull();
            String text = "From " + from + " " + UUID.randomUUID();
            var result = mvc.perform(post("/feedback").with(csrf()).param("from", from).param("feedback", text))
                    .andExpect(status().is3xxRedirection()).andReturn();
            assertThat(jdbc.sql("select count(*) from feedback where feedback = :t and from_path is null").param("t", text)
                    .query(Long.class).single()).as(from).isEqualTo(1);
            assertThat(result.getResponse().getRedirectedUrl()).as(from).isEqualTo("/feedback/thanks");
            Document thanks = Jsoup.parse(mvc.perform(get("/feedback/thanks")).andReturn().getResponse().getContentAsString());
            assertThat(thanks.select("main a").attr("href")).isEqualTo("/");
        }
        assertThat(FeedbackService.localPath("/partnerships/clackmannanshire/evidence?status=HELD"))
                .isEqualTo("/partnerships/clackmannanshire/evidence?status=HELD");
        var local = mvc.perform(post("/feedback").with(csrf()).param("from", "/frameworks").param("feedback", "Fine"))
                .andReturn();
        assertThat(local.getResponse().getRedirectedUrl()).isEqualTo("/feedback/thanks?from=/frameworks");
        Document back = Jsoup.parse(mvc.perform(get("/feedback/thanks").param("from", "/frameworks"))
                .andReturn().getResponse().getContentAsString());
        assertThat(back.select("main a").attr("href")).isEqualTo("/frameworks");
        Document elsewhere = Jsoup.parse(mvc.perform(get("/feedback/thanks").param("from", "//elsewhere.example"))
                .andReturn().getResponse().getContentAsString());
        assertThat(elsewhere.select("main a").attr("href")).isEqualTo("/");
        Document form = Jsoup.parse(mvc.perform(get("/feedback").param("from", "//elsewhere.example"))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=from]")).isEmpty();
    }

    @Test
    void onlyAdministratorsReadFeedbackAndHostileTextStaysText() throws Exception {
        String hostile = "<script>alert('x')</script> " + UUID.randomUUID();
        mvc.perform(post("/feedback").with(csrf()).param("feedback", hostile)).andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/admin/feedback").with(as("demo-admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("<script>alert('x')</script>");
        assertThat(Jsoup.parse(list).select("#feedback-list tbody tr").first().text()).contains(hostile);
        mvc.perform(get("/admin/feedback").with(as("demo-lead"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> feedback.recent(accounts.actingAs("demo-lead"))).isInstanceOf(AccessDeniedException.class);
        assertThat(feedback.recent(accounts.actingAs("demo-admin"))).isNotEmpty();
    }
}
