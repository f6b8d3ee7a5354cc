package scot.triangulate.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.IndicatorChoices;

/** Tagging evidence offers first the quality indicators of the partnership's current self-evaluation. */
@IntegrationTest
class IndicatorsInScopeTest {

    @Autowired
    private IndicatorChoices choices;
    @Autowired
    private CycleService cycles;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;

    @Test
    void theCurrentCyclesIndicatorsComeFirstAndEveryIndicatorIsStillOffered() {
        List<String> scope = cycles.current("clackmannanshire").orElseThrow().indicators();
        List<String> offered = new ArrayList<>(choices.forPartnership("clackmannanshire").keySet());
        List<String> framework = new ArrayList<>(choices.forPartnership("orkney").keySet());
        // In scope first, in the framework's order; then the rest.
        assertThat(offered.subList(0, scope.size())).isEqualTo(framework.stream().filter(scope::contains).toList());
        assertThat(offered).containsExactlyInAnyOrderElementsOf(framework).hasSize(framework.size());
        // Without a current cycle, the framework's own order.
        assertThat(choices.inScopeCount("orkney")).isZero();
        assertThat(framework.get(0)).isEqualTo("1.1");
    }

    @Test
    void theAddEvidenceFormListsThemFirstAndSaysSo() throws Exception {
        List<String> scope = cycles.current("clackmannanshire").orElseThrow().indicators();
        Document page = Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence/new")
                .with(user(users.loadUserByUsername("demo-contributor")))).andReturn().getResponse().getContentAsString());
        Element indicators = page.getElementById("indicators");
        assertThat(indicators.select("input[type=checkbox]").stream().limit(scope.size()).map(i -> i.attr("value")))
                .containsExactlyInAnyOrderElementsOf(scope);
        assertThat(indicators.select(".ds_hint-text").text())
                .isEqualTo("Choose any that apply. The first " + scope.size() + " are those of your current self-evaluation.");
    }
}
