package scot.triangulate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.triangulate.IntegrationTest;

/**
 * A null character (U+0000) cannot be stored in PostgreSQL text, so it is refused on every route before
 * anything reads it: 400 with a problem document for the API, the error page saying why for people.
 */
@IntegrationTest
class NullCharacterTest {

    private static final String LEAD = "Bearer demo-lead-token";
    private static final String NUL = "\u0000";

    @LocalServerPort
    private int port;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    private JsonNode problem(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("U+0000");
        return problem;
    }

    private HttpResponse<String> http(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFrameworkSearchAnswersAnyoneWithAPageSayingWhy() throws Exception {
        HttpResponse<String> page = http("/frameworks/search?q=safe%00guarding");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Something is wrong with the request", "null character");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/frameworks?q=a%00")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void searchesAndFiltersAreRefused() throws Exception {
        problem(get("/api/partnerships/clackmannanshire/evidence").param("q", "plan" + NUL).header("Authorization", LEAD));
        problem(get("/api/partnerships/clackmannanshire/evidence").param("indicator", NUL + "2.1").header("Authorization", LEAD));
        mvc.perform(get("/partnerships/clackmannanshire/evidence").param("q", NUL)
                .with(user(users.loadUserByUsername("demo-lead")))).andExpect(status().isBadRequest());
        mvc.perform(get("/frameworks/search").param("q", "safe" + NUL)).andExpect(status().isBadRequest());
    }

    @Test
    void aPathWithANullCharacterIsRefused() throws Exception {
        problem(get("/api/partnerships/clackmannanshire/evidence/D0{n}", NUL).header("Authorization", LEAD));
        HttpResponse<String> page = http("/frameworks/qif-2018/indicators/2.1%00");
        assertThat(page.statusCode()).isEqualTo(400);
    }

    @Test
    void titlesSectionsAndFileNamesAreRefusedAndNothingIsStored() throws Exception {
        long items = jdbc.sql("select count(*) from evidence_item").query(Long.class).single();
        problem(multipart("/api/partnerships/clackmannanshire/evidence")
                .file(new MockMultipartFile("file", "plan.txt", "text/plain", "plan".getBytes(StandardCharsets.UTF_8)))
                .param("title", "Plan" + NUL).param("sourceType", "DOCUMENTS").header("Authorization", LEAD));
        problem(multipart("/api/partnerships/clackmannanshire/evidence").param("url", "https://www.example.gov.scot/x" + NUL)
                .param("title", "Plan").param("sourceType", "DOCUMENTS").header("Authorization", LEAD));
        mvc.perform(post("/partnerships/clackmannanshire/evidence").param("kind", "LINK").param("title", "Plan" + NUL)
                .param("url", "https://www.example.gov.scot/plan.pdf").param("sourceType", "DOCUMENTS")
                .with(csrf()).with(user(users.loadUserByUsername("demo-lead")))).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from evidence_item").query(Long.class).single()).isEqualTo(items);

        problem(put("/api/cycles/1/position-statement/sections/context").header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Our area\\u0000\", \"version\": 0}"));
        problem(put("/api/cycles/1/position-statement/sections/context").header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Our area\", \"version\": 0, \"x\\u0000\": 1}"));
    }

    @Test
    void signingInWithANullCharacterIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "demo-lead" + NUL).param("password", "triangulate-demo").with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEscapedBackslashFollowedByU0000IsOrdinaryText() throws Exception {
        // "\\u0000" in JSON is a backslash and the letters u0000, not a null character.
        mvc.perform(put("/api/cycles/999999999/position-statement/sections/context").header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"a \\\\u0000 b\", \"version\": 0}"))
                .andExpect(status().isNotFound());
    }
}
