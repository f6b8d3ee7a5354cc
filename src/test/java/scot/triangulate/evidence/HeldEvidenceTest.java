package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.storage.FileStore;

/** What a held item shows and to whom, and the erasure of a version that holds personal data. */
@IntegrationTest
class HeldEvidenceTest {

    /** A CHI number with a valid modulus 11 check digit (Public Health Scotland's documented example). */
    private static final String CHI = "0101011237";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog audit;
    @Autowired
    private FileStore files;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ExtractionWorker worker;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Adds a text file through the API as {@code username}; returns its document number. */
    private String addFile(String partnership, String username, String name, String text, String description) throws Exception {
        var request = multipart("/api/partnerships/" + partnership + "/evidence")
                .file(new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .param("title", "Case file review").param("sourceType", "OBSERVATION_AND_AUDIT");
        if (description != null) {
            request.param("description", description);
        }
        String body = mvc.perform(request.header("Authorization", "Bearer " + username + "-token"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("number").asText();
    }

    private JsonNode item(String partnership, String number, String username) throws Exception {
        return json.readTree(mvc.perform(get("/api/partnerships/" + partnership + "/evidence/" + number)
                .header("Authorization", "Bearer " + username + "-token")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Runs extraction jobs (or waits for the background worker's) until the item is screened; its final status. */
    private String settled(String partnership, String number, String username) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String status = item(partnership, number, username).get("status").asText();
            if (!status.equals("PROCESSING")) {
                return status;
            }
            if (!worker.runOne()) {
                Thread.onSpinWait();
            }
        }
        throw new AssertionError(number + " was still processing after 60 seconds");
    }

    private String sha(String partnership, String number, int version) {
        return jdbc.sql("""
                select v.file_sha256 from evidence_version v join evidence_item i on i.id = v.item_id
                 where i.partnership = :p and i.number = :n and v.version_number = :v
                """).param("p", partnership).param("n", DocumentNumber.parse(number).orElseThrow()).param("v", version)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    @Test
    void aHeldItemsSnippetAndDescriptionShowItsPersonalDataMasked() throws Exception {
        String word = "brackenfold" + unique();
        String number = addFile("clackmannanshire", "demo-lead", "review-" + word + ".txt",
                "Review of the " + word + " case: the child's CHI number is " + CHI + " on the referral.",
                "Notes of the " + word + " review, CHI " + CHI);
        assertThat(settled("clackmannanshire", number, "demo-lead")).isEqualTo("HELD");

        String found = mvc.perform(get("/api/partnerships/clackmannanshire/evidence").param("q", word)
                .header("Authorization", "Bearer demo-contributor-token")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("<mark>" + word + "</mark>").contains("CHI number is &bull;&bull;").doesNotContain(CHI);
        assertThat(item("clackmannanshire", number, "demo-contributor").get("description").asText())
                .contains("••••••••37").doesNotContain(CHI);
        String page = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String searchPage = mvc.perform(get("/partnerships/clackmannanshire/evidence").param("q", word)
                .with(as("demo-contributor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(CHI);
        assertThat(searchPage).doesNotContain(CHI).contains(number);
    }

    @Test
    void theLogSaysHowManyAreHeldAndFiltersByStatus() throws Exception {
        String word = "heldfilter" + unique();
        String held = addFile("clackmannanshire", "demo-lead", "held-" + word + ".txt",
                "Notes of the " + word + " meeting: CHI " + CHI + ".", null);
        String cleared = addFile("clackmannanshire", "demo-lead", "cleared-" + word + ".txt",
                "Minutes of the " + word + " committee: attendance and actions agreed.", null);
        assertThat(settled("clackmannanshire", held, "demo-lead")).isEqualTo("HELD");
        assertThat(settled("clackmannanshire", cleared, "demo-lead")).isEqualTo("CLEARED");
        long heldNow = jdbc.sql("select count(*) from evidence_item i join evidence_version v on v.id = i.current_version_id"
                + " where i.partnership = 'clackmannanshire' and exists (select 1 from screening_finding f"
                + " where f.version_id = v.id and f.cleared_at is null) and v.extraction_status <> 'PENDING'"
                + " and v.extraction_status <> 'FAILED'").query(Long.class).single();

        org.jsoup.nodes.Document log = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence")
                .with(as("demo-contributor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(log.select("#held-banner").text()).startsWith(heldNow == 1 ? "1 document is held" : heldNow + " documents are held");
        assertThat(log.select("#held-banner a").attr("href")).isEqualTo("/partnerships/clackmannanshire/evidence?status=HELD");
        // The cycle's page says so too, where people plan their evidence.
        org.jsoup.nodes.Document cycle = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/cycles/1")
                .with(as("demo-contributor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(cycle.select("#held-banner").text()).isEqualTo(log.select("#held-banner").text());
        assertThat(cycle.select("#held-banner a").attr("href")).isEqualTo("/partnerships/clackmannanshire/evidence?status=HELD");

        org.jsoup.nodes.Document filtered = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence")
                .param("q", word).param("status", "HELD").with(as("demo-contributor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(filtered.select("#status option[selected]").val()).isEqualTo("HELD");
        assertThat(filtered.text()).contains(held).doesNotContain(cleared);
        // Tags are coloured by meaning with the design system's colours: held needs a decision (red).
        org.jsoup.nodes.Document heldPage = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence/" + held)
                .with(as("demo-contributor"))).andReturn().getResponse().getContentAsString());
        assertThat(heldPage.select("#status").attr("class")).isEqualTo("ds_tag ds_tag--red");
        org.jsoup.nodes.Document clearedPage = org.jsoup.Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence/" + cleared)
                .with(as("demo-contributor"))).andReturn().getResponse().getContentAsString());
        assertThat(clearedPage.select("#status").attr("class")).isEqualTo("ds_tag ds_tag--green");
        String api = mvc.perform(get("/api/partnerships/clackmannanshire/evidence").param("q", word).param("status", "CLEARED")
                .header("Authorization", "Bearer demo-contributor-token")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains(cleared).doesNotContain(held);
        mvc.perform(get("/api/partnerships/clackmannanshire/evidence").param("status", "LOST")
                .header("Authorization", "Bearer demo-contributor-token")).andExpect(status().isBadRequest());
    }

    @Test
    void aHeldVersionIsDownloadedOnlyByALeadOrTheUploader() throws Exception {
        String byLead = addFile("clackmannanshire", "demo-lead", "held-" + unique() + ".txt",
                "Chronology " + unique() + ", CHI " + CHI, null);
        String byContributor = addFile("clackmannanshire", "demo-contributor", "held-" + unique() + ".txt",
                "Chronology " + unique() + ", CHI " + CHI, null);
        String clear = addFile("clackmannanshire", "demo-lead", "clear-" + unique() + ".txt",
                "Attendance rose in the third quarter " + unique(), null);
        assertThat(settled("clackmannanshire", byLead, "demo-lead")).isEqualTo("HELD");
        assertThat(settled("clackmannanshire", byContributor, "demo-lead")).isEqualTo("HELD");
        assertThat(settled("clackmannanshire", clear, "demo-lead")).isEqualTo("CLEARED");

        String file = "/partnerships/clackmannanshire/evidence/%s/versions/1/file";
        mvc.perform(get(file.formatted(byLead)).with(as("demo-contributor"))).andExpect(status().isForbidden());
        mvc.perform(get(file.formatted(byLead)).with(as("demo-lead"))).andExpect(status().isOk());
        mvc.perform(get(file.formatted(byLead)).with(as("demo-admin"))).andExpect(status().isOk());
        mvc.perform(get(file.formatted(byContributor)).with(as("demo-contributor"))).andExpect(status().isOk());
        mvc.perform(get(file.formatted(clear)).with(as("demo-contributor"))).andExpect(status().isOk());
        String page = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + byLead).with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(file.formatted(byLead)).contains("only a partnership lead or the person who uploaded it");
    }

    @Test
    void aLeadErasesASupersededHeldVersionAndItsBytesLeaveTheStore() throws Exception {
        String number = addFile("clackmannanshire", "demo-contributor", "minutes-" + unique() + ".txt",
                "Core group minutes " + unique() + ". Mum's CHI is " + CHI + ".", null);
        assertThat(settled("clackmannanshire", number, "demo-lead")).isEqualTo("HELD");
        String sha = sha("clackmannanshire", number, 1);
        String erase = "/partnerships/clackmannanshire/evidence/" + number + "/versions/%d/erase";

        // Not while it is the current version; not by a contributor; not without a reason.
        mvc.perform(post(erase.formatted(1)).param("reason", "Holds a CHI number").with(csrf()).with(as("demo-lead")))
                .andExpect(status().is3xxRedirection()).andExpect(r -> assertThat(r.getFlashMap().get("eraseProblemKey"))
                        .isEqualTo("erasure.current"));
        mvc.perform(multipart("/partnerships/clackmannanshire/evidence/" + number + "/versions")
                        .file(new MockMultipartFile("file", "minutes-redacted.txt", "text/plain",
                                ("Core group minutes [redacted] " + unique()).getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as("demo-contributor")))
                .andExpect(status().is3xxRedirection());
        assertThat(settled("clackmannanshire", number, "demo-lead")).isEqualTo("CLEARED");
        mvc.perform(post(erase.formatted(1)).param("reason", "Holds a CHI number").with(csrf()).with(as("demo-contributor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(erase.formatted(1)).param("reason", " ").with(csrf()).with(as("demo-lead")))
                .andExpect(r -> assertThat(r.getFlashMap().get("eraseProblemKey")).isEqualTo("erasure.reason.required"));
        mvc.perform(post(erase.formatted(2)).param("reason", "Clean").with(csrf()).with(as("demo-lead")))
                .andExpect(r -> assertThat(r.getFlashMap().get("eraseProblemKey")).isEqualTo("erasure.current"));
        assertThat(files.exists(sha)).isTrue();

        mvc.perform(post(erase.formatted(1)).param("reason", "Holds a CHI number").with(csrf()).with(as("demo-lead")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("erasure.done"));

        assertThat(files.exists(sha)).isFalse();
        assertThat(sha("clackmannanshire", number, 1)).isNull();
        assertThat(jdbc.sql("""
                select count(*) from evidence_version v join evidence_item i on i.id = v.item_id
                 where i.partnership = 'clackmannanshire' and i.number = :n and v.version_number = 1
                   and v.file_name is null and v.extracted_text is null
                """).param("n", DocumentNumber.parse(number).orElseThrow()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = :sha").param("sha", sha).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                select e.erased_by from evidence_erasure e join evidence_item i on i.id = e.item_id
                 where i.partnership = 'clackmannanshire' and i.number = :n and e.version_number = 1 and e.file_removed
                """).param("n", DocumentNumber.parse(number).orElseThrow()).query(String.class).single()).isEqualTo("demo-lead");
        assertThat(audit.latestForPartnership("clackmannanshire", 30)).anyMatch(e -> e.action().equals("evidence.version-erased")
                && e.subjectId().equals(number) && e.actor().equals("demo-lead") && e.afterState().contains("Holds a CHI number"));
        mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number + "/versions/1/file").with(as("demo-lead")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number + "/versions/2/file").with(as("demo-contributor")))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Erased by demo-lead").contains("Holds a CHI number");
        // Erased once is erased: a second attempt finds no such version.
        mvc.perform(post(erase.formatted(1)).param("reason", "Again").with(csrf()).with(as("demo-lead")))
                .andExpect(status().isNotFound());
    }

    @Test
    void bytesAnotherVersionHoldsStayInTheStoreWhenOneIsErased() throws Exception {
        String text = "Joint chronology " + unique() + ". The child's CHI is " + CHI + ".";
        String clackmannanshire = addFile("clackmannanshire", "demo-lead", "shared.txt", text, null);
        String stirling = addFile("stirling", "demo-other-lead", "shared.txt", text, null);
        assertThat(settled("clackmannanshire", clackmannanshire, "demo-lead")).isEqualTo("HELD");
        String sha = sha("clackmannanshire", clackmannanshire, 1);
        assertThat(sha("stirling", stirling, 1)).isEqualTo(sha);
        mvc.perform(multipart("/partnerships/clackmannanshire/evidence/" + clackmannanshire + "/versions")
                        .file(new MockMultipartFile("file", "redacted.txt", "text/plain",
                                ("Joint chronology [redacted] " + unique()).getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as("demo-lead")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/partnerships/clackmannanshire/evidence/" + clackmannanshire + "/versions/1/erase")
                        .param("reason", "Holds a CHI number").with(csrf()).with(as("demo-admin")))
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("erasure.done"));

        assertThat(sha("clackmannanshire", clackmannanshire, 1)).isNull();
        assertThat(files.exists(sha)).isTrue();
        mvc.perform(get("/partnerships/stirling/evidence/" + stirling + "/versions/1/file").with(as("demo-other-lead")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select e.file_removed from evidence_erasure e join evidence_item i on i.id = e.item_id
                 where i.partnership = 'clackmannanshire' and i.number = :n
                """).param("n", DocumentNumber.parse(clackmannanshire).orElseThrow()).query(Boolean.class).single()).isFalse();
    }
}
