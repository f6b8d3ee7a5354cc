package scot.triangulate.recordreading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountService;
import scot.triangulate.recordreading.NewExercise;
import scot.triangulate.recordreading.RecordReadingExercise;
import scot.triangulate.recordreading.RecordReadingExercises;

/** The record-reading pages as rendered: the demo exercise's sample, a refused return's row report, a stale save. */
@IntegrationTest
class RecordReadingPagesTest {

    private static final String BASE = "/partnerships/clackmannanshire/record-reading";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private RecordReadingExercises exercises;
    @Autowired
    private AccountService accounts;

    private RequestPostProcessor as(String person) {
        return user(users.loadUserByUsername(person));
    }

    private Document page(String url, String person) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(person))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private RecordReadingExercise demo() {
        return exercises.exercises("clackmannanshire", accounts.actingAs("demo-lead")).stream()
                .filter(e -> e.title().equals("Record reading for the joint inspection")).findFirst().orElseThrow();
    }

    @Test
    void theDemoExerciseShowsItsSeedPopulationAndThirtyOneLabelledRecords() throws Exception {
        Document list = page(BASE, "demo-lead");
        assertThat(list.select("#create-exercise")).hasSize(1);
        assertThat(list.select("#exercises a").eachText()).contains("Record reading for the joint inspection");
        assertThat(page(BASE, "demo-contributor").select("#create-exercise")).isEmpty();

        Document exercise = page(BASE + "/" + demo().id(), "demo-lead");
        assertThat(exercise.select("#seed").text()).startsWith("20211018");
        assertThat(exercise.select("#population-table tbody tr")).hasSize(7);
        assertThat(exercise.select("#sample-table tbody tr")).hasSize(31);
        assertThat(exercise.select("#sample-table tbody th").first().text()).isEqualTo("R01");
        assertThat(exercise.select("#sample-table tbody td").first().text()).startsWith("CL-2026-");
        assertThat(exercise.select("#swap-form, #add-form")).hasSize(2);
        assertThat(page(BASE + "/" + demo().id(), "demo-contributor").select("form#swap-form, form#add-form")).isEmpty();
    }

    @Test
    void aRefusedReturnShowsItsRowReportAndAStaleDrawIsAConflict() throws Exception {
        var lead = accounts.actingAs("demo-lead");
        RecordReadingExercise exercise = exercises.create("clackmannanshire", new NewExercise(
                exercises.cycles("clackmannanshire", lead).get(0).id(), "Pages test", LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 4), 2), lead);
        String bad = "reference,agency,category\nT-1,Education,CPR\nT-1,Education,nonsense\n";
        Document refused = Jsoup.parse(mvc.perform(multipart(BASE + "/" + exercise.id() + "/population")
                .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                .param("version", String.valueOf(exercise.version())).with(as("demo-lead")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#error-summary h2").text()).isEqualTo("The file bad.csv was not uploaded");
        assertThat(refused.select("#row-report-table tbody tr").eachText()).containsExactly(
                "3 reference This reference is already in row 2.",
                "3 category \"nonsense\" is not a category: use one of the six categories in words or by code.");

        String good = "reference,agency,category\nT-1,Education,CPR\nT-2,NHS board,CL\n";
        mvc.perform(multipart(BASE + "/" + exercise.id() + "/population")
                .file(new MockMultipartFile("file", "good.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                .param("version", String.valueOf(exercise.version())).with(as("demo-lead")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document stale = Jsoup.parse(mvc.perform(post(BASE + "/" + exercise.id() + "/sample").param("seed", "7")
                .param("version", String.valueOf(exercise.version())).with(as("demo-lead")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale.select("#error-summary").text()).contains("Someone else changed this exercise");
        assertThat(stale.select("#seed").attr("value")).as("what was typed is kept").isEqualTo("7");
        assertThat(exercises.get(exercise.id(), lead).sampled()).isFalse();
    }
}
