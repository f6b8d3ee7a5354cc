package scot.triangulate.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.positionstatement.PositionStatementTestData;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/** The small things a new user notices first: names, titles, the icon, what an administrator is told. */
@IntegrationTest
class SmallThingsTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private CycleService cycles;
    @LocalServerPort
    private int port;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(String path, RequestPostProcessor who, int status) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theHomePageNamesPartnershipsAndIsTitledOnce() throws Exception {
        Document home = page("/", as("demo-lead"), 200);
        assertThat(home.title()).isEqualTo("Triangulate");
        assertThat(home.select("main a[href=/partnerships/clackmannanshire]").text()).isEqualTo("Clackmannanshire");
        assertThat(page("/accessibility", as("demo-lead"), 200).title()).isEqualTo("Accessibility statement - Triangulate");
    }

    @Test
    void anAdministratorIsNotToldToAskAnAdministrator() throws Exception {
        Document home = page("/", as("demo-admin"), 200);
        assertThat(home.text()).doesNotContain("An administrator can add you");
        assertThat(home.select("#administrator-memberships a").attr("href")).isEqualTo("/admin/people");
        assertThat(page("/", as("demo-inspector"), 200).text()).contains("An administrator can add you to one.");
    }

    @Test
    void everyPageHasAnIconThatIsServed() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("head link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    /** Error pages are rendered by the server's error dispatch, so this one is asked over HTTP. */
    @Test
    void anErrorPagesTitleSaysError() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/frameworks/no-such-framework")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).title()).isEqualTo("Error: Page not found - Triangulate");
    }

    @Test
    void versionsAreOfferedForComparisonOnlyOnceOneIsSubmitted() throws Exception {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        Document overview = page("/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement", as("demo-lead"), 200);
        assertThat(overview.select("a[href*=/position-statement/compare]")).isEmpty();
    }
}
