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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;

/**
 * A document's details are corrected under its number: the change is screened, audited, refused when invalid or
 * stale, and open only to those who may add documents to that partnership.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceCorrectionTest {

    /** A CHI number with a valid modulus 11 check digit (Public Health Scotland's documented example). */
    private static final String CHI = "0101011237";
    private static final String READER = "correction-reader";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountService accounts;

    @BeforeAll
    void reader() {
        if (accounts.find(READER).isEmpty()) {
            accounts.create(READER, "Correction reader", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
            accounts.addMembership(READER, "clackmannanshire", MembershipRole.RECORD_READER, Agency.POLICE_SCOTLAND,
                    "Police Scotland");
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String addLink(String title) throws Exception {
        String body = mvc.perform(multipart("/api/partnerships/clackmannanshire/evidence")
                        .param("url", "https://www.example.gov.scot/corrected-" + System.nanoTime() + ".pdf")
                        .param("title", title).param("sourceType", "DOCUMENTS").param("indicators", "2.1")
                        .header("Authorization", "Bearer demo-lead-token"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("number").asText();
    }

    private JsonNode item(String number) throws Exception {
        return json.readTree(mvc.perform(get("/api/partnerships/clackmannanshire/evidence/" + number)
                .header("Authorization", "Bearer demo-lead-token")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** A save of the correction form as read at {@code version}; {@code more} replaces fields (name, value, ...). */
    private static MockHttpServletRequestBuilder change(String number, int version, String title, String... more) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("title", new String[] {title});
        fields.put("description", new String[] {"Corrected after review"});
        fields.put("agency", new String[] {"NHS_BOARD"});
        fields.put("documentDate", new String[] {"2025-07-31"});
        fields.put("sourceType", new String[] {"PERFORMANCE_DATA"});
        fields.put("indicators", new String[] {"1.1", "5.1", "1.1"});
        fields.put("coreCategory", new String[] {""});
        fields.put("detailsVersion", new String[] {String.valueOf(version)});
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.put(more[i], new String[] {more[i + 1]});
        }
        MockHttpServletRequestBuilder request = post("/partnerships/clackmannanshire/evidence/" + number + "/details").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long audits(String number) {
        return jdbc.sql("select count(*) from audit_entry where action = 'evidence.details-changed' and subject_id = :n "
                + "and partnership = 'clackmannanshire'").param("n", number).query(Long.class).single();
    }

    @Test
    void aContributorCorrectsTheDetailsUnderTheSameNumber() throws Exception {
        String number = addLink("Chld protection procedures");
        String page = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/evidence/" + number + "/details#title").contains("/evidence/" + number + "/details#indicators");

        // The form opens with the details as they are.
        Document form = Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number + "/details")
                .with(as("demo-contributor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.getElementById("title").val()).isEqualTo("Chld protection procedures");
        assertThat(form.getElementById("sourceType-DOCUMENTS").hasAttr("checked")).isTrue();
        assertThat(form.getElementById("indicator-2-1").hasAttr("checked")).isTrue();
        assertThat(form.getElementById("indicator-1-1").hasAttr("checked")).isFalse();

        mvc.perform(change(number, 0, "Child protection procedures").with(as("demo-contributor")))
                .andExpect(status().is3xxRedirection());

        JsonNode item = item(number);
        assertThat(item.get("number").asText()).isEqualTo(number);
        assertThat(item.get("title").asText()).isEqualTo("Child protection procedures");
        assertThat(item.get("sourceType").asText()).isEqualTo("PERFORMANCE_DATA");
        assertThat(item.get("agency").asText()).isEqualTo("NHS_BOARD");
        assertThat(item.get("documentDate").asText()).isEqualTo("2025-07-31");
        assertThat(item.get("indicators").toString()).isEqualTo("[\"1.1\",\"5.1\"]");
        assertThat(audits(number)).isEqualTo(1);
        String was = jdbc.sql("select before_state ->> 'title' from audit_entry where action = 'evidence.details-changed' "
                + "and subject_id = :n").param("n", number).query(String.class).single();
        assertThat(was).isEqualTo("Chld protection procedures");
        // The search finds it by its new name.
        String found = mvc.perform(get("/api/partnerships/clackmannanshire/evidence").param("q", "procedures")
                        .header("Authorization", "Bearer demo-lead-token"))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains(number);
    }

    @Test
    void aChangeMadeSinceIsNeverOverwrittenUnseen() throws Exception {
        String number = addLink("Multi-agency chronology guidance");
        mvc.perform(change(number, 0, "Chronology guidance (2025)").with(as("demo-lead"))).andExpect(status().is3xxRedirection());
        // Someone who opened the form before that change saves: refused, their text kept, nothing overwritten.
        String page = mvc.perform(change(number, 0, "Chronology guidance, revised").with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed these details since you opened them")
                .contains("value=\"Chronology guidance, revised\"").contains("name=\"detailsVersion\" value=\"1\"");
        assertThat(item(number).get("title").asText()).isEqualTo("Chronology guidance (2025)");
        assertThat(audits(number)).isEqualTo(1);
    }

    @Test
    void twoSavesAtOnceFromOneVersionStoreOne() throws Exception {
        String number = addLink("Supervision policy");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> lead = () -> mvc.perform(change(number, 0, "Supervision policy A").with(as("demo-lead")))
                    .andReturn().getResponse().getStatus();
            Callable<Integer> contributor = () -> mvc.perform(change(number, 0, "Supervision policy B")
                    .with(as("demo-contributor"))).andReturn().getResponse().getStatus();
            List<Future<Integer>> results = pool.invokeAll(List.of(lead, contributor));
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(302, 200);
        } finally {
            pool.shutdown();
        }
        assertThat(audits(number)).isEqualTo(1);
        assertThat(item(number).get("title").asText()).isIn("Supervision policy A", "Supervision policy B");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        String number = addLink("Neglect toolkit");
        String blank = mvc.perform(change(number, 0, "  ").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("Enter the name of the document").contains("href=\"#title\"");
        String unknown = mvc.perform(change(number, 0, "Neglect toolkit", "indicators", "9.9").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("There is no quality indicator 9.9").contains("href=\"#indicators\"");
        mvc.perform(change(number, 0, "x".repeat(301)).with(as("demo-lead"))).andExpect(status().isOk());
        mvc.perform(change(number, 0, "Neglect toolkit", "sourceType", "NOT_A_SOURCE").with(as("demo-lead")))
                .andExpect(status().isOk());
        assertThat(item(number).get("title").asText()).isEqualTo("Neglect toolkit");
        assertThat(audits(number)).isZero();

        // Hostile text is kept as text and shown escaped.
        mvc.perform(change(number, 0, "<script>alert(1)</script> toolkit").with(as("demo-lead")))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(as("demo-lead")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; toolkit");
    }

    @Test
    void onlyThoseWhoMayAddDocumentsMayCorrectThem() throws Exception {
        String number = addLink("Core group minutes template");
        for (String person : List.of(READER, "demo-other-lead", "demo-inspector")) {
            int form = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number + "/details").with(as(person)))
                    .andReturn().getResponse().getStatus();
            int save = mvc.perform(change(number, 0, "Changed by " + person).with(as(person)))
                    .andReturn().getResponse().getStatus();
            assertThat(List.of(form, save)).as(person).allMatch(s -> s == 403 || s == 404);
        }
        String readerPage = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(as(READER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readerPage).doesNotContain("/details#");
        // Another partnership's number in another spelling is no way round the rule.
        for (String spelling : List.of(number.toLowerCase(), number.replace("D", "D0"), "0x" + number.substring(1))) {
            int status = mvc.perform(change(spelling, 0, "Changed").with(as("demo-other-lead"))).andReturn().getResponse().getStatus();
            assertThat(status).as(spelling).isIn(403, 404);
        }
        assertThat(item(number).get("title").asText()).isEqualTo("Core group minutes template");
        assertThat(audits(number)).isZero();
    }

    @Test
    void changedTextIsScreenedAgain() throws Exception {
        String number = addLink("Referral audit");
        mvc.perform(change(number, 0, "Referral audit", "description", "Includes the referral for CHI " + CHI)
                .with(as("demo-lead"))).andExpect(status().is3xxRedirection());
        JsonNode held = item(number);
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("description").asText()).doesNotContain(CHI);
        assertThat(jdbc.sql("select after_state::text from audit_entry where action = 'evidence.details-changed' "
                + "and subject_id = :n").param("n", number).query(String.class).single()).doesNotContain(CHI);

        // Corrected again without it: the finding on the old text goes, and so does the hold.
        mvc.perform(change(number, 1, "Referral audit", "description", "Includes the referral, redacted")
                .with(as("demo-lead"))).andExpect(status().is3xxRedirection());
        assertThat(item(number).get("status").asText()).isEqualTo("CLEARED");
    }
}
