package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;

/** The evidence library end to end: uploads, links, extraction, screening, search, versions and the log. */
@IntegrationTest
class EvidenceLibraryTest {

    private static final String LEAD = "Bearer demo-lead-token";
    private static final String CONTRIBUTOR = "Bearer demo-contributor-token";
    /** A CHI number with a valid modulus 11 check digit (Public Health Scotland's documented example). */
    private static final String CHI = "0101011237";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog audit;
    @Autowired
    private UserDetailsService users;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private MockMultipartHttpServletRequestBuilder upload(String partnership, String name, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/partnerships/" + partnership + "/evidence");
        if (content != null) {
            request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        }
        return request;
    }

    private JsonNode add(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token, int expected) throws Exception {
        String body = mvc.perform(request.header("Authorization", token)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private JsonNode item(String partnership, String number) throws Exception {
        return json.readTree(mvc.perform(get("/api/partnerships/" + partnership + "/evidence/" + number).header("Authorization", LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Waits for the background extraction to finish and returns the item's final status. */
    private String settled(String partnership, String number) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String status = item(partnership, number).get("status").asText();
            if (!status.equals("PROCESSING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(number + " was still processing after 60 seconds");
    }

    private long logSize(String partnership) {
        return jdbc.sql("select count(*) from evidence_item where partnership = :p").param("p", partnership).query(Long.class).single();
    }

    @Test
    void anUploadIsNumberedExtractedAndFoundByAWordInside() throws Exception {
        String word = "zephyrine" + unique();
        byte[] pdf = TestDocuments.pdf(List.of(List.of("Multi-agency audit of chronologies"), List.of("The " + word + " approach was audited.")));
        JsonNode added = add(upload("clackmannanshire", "Audit of chronologies " + word + ".pdf", pdf)
                .param("title", "Audit of chronologies").param("sourceType", "OBSERVATION_AND_AUDIT")
                .param("documentDate", "2024-03-31").param("indicators", "5.2", "6.4"), LEAD, 201);
        String number = added.get("number").asText();
        assertThat(number).matches("D\\d{3,}");
        assertThat(added.get("status").asText()).isEqualTo("PROCESSING");

        assertThat(settled("clackmannanshire", number)).isEqualTo("CLEARED");
        JsonNode found = json.readTree(mvc.perform(get("/api/partnerships/clackmannanshire/evidence").param("q", word)
                .header("Authorization", CONTRIBUTOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("number").asText()).isEqualTo(number);
        assertThat(found.get(0).get("snippet").asText()).contains("<mark>" + word + "</mark>");
        assertThat(item("clackmannanshire", number).get("indicators")).extracting(JsonNode::asText).containsExactly("5.2", "6.4");
        assertThat(audit.latestForPartnership("clackmannanshire", 20))
                .anyMatch(e -> e.action().equals("evidence.added") && e.subjectId().equals(number) && e.actor().equals("demo-lead"));
    }

    @Test
    void numbersFollowOnAndAreNeverReused() throws Exception {
        String first = add(upload("clackmannanshire", null, null).param("url", "https://www.example.gov.scot/a-" + unique() + ".pdf")
                .param("title", "Published plan").param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        String second = add(upload("clackmannanshire", null, null).param("url", "https://www.example.gov.scot/b-" + unique() + ".pdf")
                .param("title", "Published report").param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        assertThat(DocumentNumber.parse(second).orElseThrow()).isEqualTo(DocumentNumber.parse(first).orElseThrow() + 1);
        // Another partnership's log has its own numbers.
        String stirling = add(upload("stirling", null, null).param("url", "https://www.example.gov.scot/s-" + unique())
                .param("title", "Stirling plan").param("sourceType", "DOCUMENTS"), "Bearer demo-other-lead-token", 201)
                .get("number").asText();
        assertThat(stirling).matches("D\\d{3,}");
        assertThat(evidence.log("clackmannanshire")).noneMatch(i -> i.title().equals("Stirling plan"));
    }

    @Test
    void personalDataHoldsAnItemUntilALeadClearsIt() throws Exception {
        byte[] text = ("Case review notes\nThe child's CHI number is " + CHI + " in the record.\n").getBytes(StandardCharsets.UTF_8);
        String number = add(upload("clackmannanshire", "case-review-" + unique() + ".txt", text)
                .param("title", "Case review").param("sourceType", "OBSERVATION_AND_AUDIT"), CONTRIBUTOR, 201).get("number").asText();
        assertThat(settled("clackmannanshire", number)).isEqualTo("HELD");
        JsonNode findings = item("clackmannanshire", number).get("screening").get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("CHI_NUMBER");
            assertThat(f.get("location").asText()).isEqualTo("line 2");
            assertThat(f.get("excerpt").asText()).doesNotContain(CHI);
        });
        long findingId = findings.get(0).get("id").asLong();

        // A contributor cannot clear a finding; a lead clears them all in one submission, each with a reason the audit keeps.
        String findingsPage = "/partnerships/clackmannanshire/evidence/" + number + "/findings";
        mvc.perform(post(findingsPage).param("clear", String.valueOf(findingId)).param("reason-" + findingId, "test")
                        .with(csrf()).with(user(users.loadUserByUsername("demo-contributor"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(findingsPage).with(user(users.loadUserByUsername("demo-contributor")))).andExpect(status().isForbidden());
        var lead = user(users.loadUserByUsername("demo-lead"));
        var clearAll = post(findingsPage).with(csrf()).with(lead);
        for (JsonNode finding : findings) {
            clearAll.param("clear", finding.get("id").asText());
        }
        // Chosen without a reason: refused with each missing reason named, and nothing cleared.
        String refused = mvc.perform(clearAll).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Say why finding 1 is not personal data").contains("href=\"#reason-" + findingId + "\"");
        assertThat(item("clackmannanshire", number).get("status").asText()).isEqualTo("HELD");
        String none = mvc.perform(post(findingsPage).with(csrf()).with(lead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Choose at least one finding that is not personal data");
        for (JsonNode finding : findings) {
            clearAll.param("reason-" + finding.get("id").asText(), "A made-up number in a training example");
        }
        mvc.perform(clearAll).andExpect(status().is3xxRedirection());
        assertThat(item("clackmannanshire", number).get("status").asText()).isEqualTo("CLEARED");
        assertThat(audit.latestForPartnership("clackmannanshire", 20))
                .anyMatch(e -> e.action().equals("evidence.finding-cleared") && e.actor().equals("demo-lead")
                        && e.afterState().contains("training example"));
    }

    @Test
    void aRedactedVersionSupersedesTheHeldOneUnderTheSameNumber() throws Exception {
        String number = add(upload("clackmannanshire", "minutes-" + unique() + ".txt",
                        ("Minutes\nMum's phone is 07700 900123 and CHI " + CHI).getBytes(StandardCharsets.UTF_8))
                .param("title", "Core group minutes").param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        assertThat(settled("clackmannanshire", number)).isEqualTo("HELD");

        mvc.perform(multipart("/partnerships/clackmannanshire/evidence/" + number + "/versions")
                        .file(new MockMultipartFile("file", "minutes-redacted.txt", "text/plain",
                                ("Minutes\n[redacted]\n" + unique()).getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-contributor"))))
                .andExpect(status().is3xxRedirection());
        assertThat(settled("clackmannanshire", number)).isEqualTo("CLEARED");
        JsonNode item = item("clackmannanshire", number);
        assertThat(item.get("number").asText()).isEqualTo(number);
        assertThat(item.get("version").asInt()).isEqualTo(2);
        assertThat(item.get("fileName").asText()).isEqualTo("minutes-redacted.txt");
        assertThat(evidence.versions("clackmannanshire", DocumentNumber.parse(number).orElseThrow())).hasSize(2);
    }

    @Test
    void badUploadsGetAClearErrorAndStoreNothing() throws Exception {
        long before = logSize("clackmannanshire");
        long filesBefore = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        JsonNode mismatch = add(upload("clackmannanshire", "report.pdf", TestDocuments.docx("not a pdf"))
                .param("title", "Report").param("sourceType", "DOCUMENTS"), LEAD, 422);
        assertThat(mismatch.get("detail").asText()).contains("not PDF");
        assertThat(mismatch.get("field").asText()).isEqualTo("file");
        assertThat(add(upload("clackmannanshire", "empty.txt", new byte[0]).param("title", "Empty").param("sourceType", "DOCUMENTS"),
                LEAD, 422).get("detail").asText()).contains("empty");
        assertThat(add(upload("clackmannanshire", "locked.pdf", TestDocuments.encryptedPdf()).param("title", "Locked")
                .param("sourceType", "DOCUMENTS"), LEAD, 422).get("detail").asText()).contains("password");
        assertThat(add(upload("clackmannanshire", "bomb.docx", TestDocuments.docxBomb(40)).param("title", "Bomb")
                .param("sourceType", "DOCUMENTS"), LEAD, 422).get("code").asText()).isEqualTo("evidence.file.bomb");
        assertThat(add(upload("clackmannanshire", "../secret.txt", "x".getBytes(StandardCharsets.UTF_8)).param("title", "Path")
                .param("sourceType", "DOCUMENTS"), LEAD, 422).get("code").asText()).isEqualTo("evidence.file.name");
        assertThat(add(upload("clackmannanshire", null, null).param("url", "javascript:alert(1)").param("title", "Bad link")
                .param("sourceType", "DOCUMENTS"), LEAD, 422).get("code").asText()).isEqualTo("evidence.url.invalid");
        assertThat(add(upload("clackmannanshire", "plan.txt", "plan".getBytes(StandardCharsets.UTF_8)).param("title", "")
                .param("sourceType", "DOCUMENTS"), LEAD, 422).get("field").asText()).isEqualTo("title");
        assertThat(add(upload("clackmannanshire", "plan.txt", "plan".getBytes(StandardCharsets.UTF_8)).param("title", "Plan")
                .param("sourceType", "DOCUMENTS").param("indicators", "99.9"), LEAD, 422).get("field").asText()).isEqualTo("indicators");
        mvc.perform(upload("clackmannanshire", "plan.txt", "plan".getBytes(StandardCharsets.UTF_8)).param("title", "Plan")
                .param("sourceType", "NOT_A_TYPE").header("Authorization", LEAD)).andExpect(status().isBadRequest());
        assertThat(logSize("clackmannanshire")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void theSameFileTwiceIsRefusedNamingTheFirst() throws Exception {
        byte[] content = ("Strategic needs assessment " + unique()).getBytes(StandardCharsets.UTF_8);
        String number = add(upload("clackmannanshire", "needs.txt", content).param("title", "Needs assessment")
                .param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        JsonNode again = add(upload("clackmannanshire", "needs-copy.txt", content).param("title", "Copy")
                .param("sourceType", "DOCUMENTS"), LEAD, 409);
        assertThat(again.get("detail").asText()).contains("already in the document log as " + number);
    }

    @Test
    void anotherPartnershipsEvidenceIsOutOfReach() throws Exception {
        mvc.perform(get("/api/partnerships/stirling/evidence").header("Authorization", LEAD)).andExpect(status().isForbidden());
        mvc.perform(get("/api/partnerships/stirling/document-log.csv").header("Authorization", LEAD)).andExpect(status().isForbidden());
        mvc.perform(upload("stirling", "x.txt", "x".getBytes(StandardCharsets.UTF_8)).param("title", "x").param("sourceType", "DOCUMENTS")
                .header("Authorization", LEAD)).andExpect(status().isForbidden());
        mvc.perform(get("/api/partnerships/clackmannanshire/evidence/D99999").header("Authorization", LEAD)).andExpect(status().isNotFound());
        mvc.perform(get("/api/partnerships/clackmannanshire/evidence/not-a-number").header("Authorization", LEAD)).andExpect(status().isNotFound());
    }

    @Test
    void theDocumentLogExportsAsCsvAndXlsx() throws Exception {
        String title = "Performance report, \"quarter 2\" " + unique();
        String number = add(upload("clackmannanshire", null, null).param("url", "https://www.example.gov.scot/perf-" + unique())
                .param("title", title).param("sourceType", "PERFORMANCE_DATA").param("documentDate", "2024-09-30"), LEAD, 201)
                .get("number").asText();
        String csv = mvc.perform(get("/api/partnerships/clackmannanshire/document-log.csv").header("Authorization", LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNo.,Name of document,Source of evidence,Date");
        assertThat(csv).contains(number + ",\"Performance report, \"\"quarter 2\"\" ").contains(",Performance data,2024-09-30,https://");

        byte[] xlsx = mvc.perform(get("/api/partnerships/clackmannanshire/document-log.xlsx").header("Authorization", LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("No.");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(number)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(title);
                    assertThat(sheet.getRow(r).getCell(4).getHyperlink().getAddress()).startsWith("https://www.example.gov.scot/perf-");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void aCsvCellThatWouldRunAsAFormulaIsDefused() {
        assertThat(DocumentLogExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DocumentLogExport.csvCell("plain")).isEqualTo("plain");
    }

    @Test
    void aJobInterruptedByARestartIsPickedUpAgain() throws Exception {
        String number = add(upload("clackmannanshire", "restart-" + unique() + ".txt", ("Restart test " + unique()).getBytes(StandardCharsets.UTF_8))
                .param("title", "Restart test").param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        settled("clackmannanshire", number);
        long versionId = jdbc.sql("""
                select v.id from evidence_version v join evidence_item i on i.current_version_id = v.id
                 where i.partnership = 'clackmannanshire' and i.number = :n
                """).param("n", DocumentNumber.parse(number).orElseThrow()).query(Long.class).single();
        // As if the server died mid-job: the job is RUNNING with a lease that has run out, the version unfinished.
        jdbc.sql("update evidence_version set extraction_status = 'PENDING', extracted_text = null where id = :v").param("v", versionId).update();
        jdbc.sql("update extraction_job set state = 'RUNNING', attempts = 1, lease_until = now() - interval '1 minute' where version_id = :v")
                .param("v", versionId).update();
        assertThat(settled("clackmannanshire", number)).isEqualTo("CLEARED");
        assertThat(jdbc.sql("select state from extraction_job where version_id = :v").param("v", versionId).query(String.class).single())
                .isEqualTo("DONE");
    }

    @Test
    void aStoredFileIsCheckedAgainstItsHashWhenDownloaded() throws Exception {
        byte[] content = ("Download check " + unique()).getBytes(StandardCharsets.UTF_8);
        String number = add(upload("clackmannanshire", "download.txt", content).param("title", "Download")
                .param("sourceType", "DOCUMENTS"), LEAD, 201).get("number").asText();
        byte[] downloaded = mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number + "/versions/1/file")
                        .with(user(users.loadUserByUsername("demo-contributor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(content);
    }

    @Test
    void coreDocumentsAreMetByItemsOrExplained() throws Exception {
        CoreDocuments.Completeness before = jdbcCompleteness();
        mvc.perform(post("/partnerships/clackmannanshire/core-documents/LOCAL_POVERTY_ACTION_PLAN/not-held")
                        .param("reason", "").with(csrf()).with(user(users.loadUserByUsername("demo-lead"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbcCompleteness()).isEqualTo(before);
        mvc.perform(post("/partnerships/clackmannanshire/core-documents/LOCAL_POVERTY_ACTION_PLAN/not-held")
                        .param("reason", "The poverty action plan is joint with Stirling and due in June").with(csrf())
                        .with(user(users.loadUserByUsername("demo-lead"))))
                .andExpect(status().is3xxRedirection());
        assertThat(coreDocuments.checklist("clackmannanshire")).anySatisfy(e -> {
            assertThat(e.category()).isEqualTo(CoreDocumentCategory.LOCAL_POVERTY_ACTION_PLAN);
            assertThat(e.complete()).isTrue();
        });
    }

    @Autowired
    private CoreDocuments coreDocuments;

    private CoreDocuments.Completeness jdbcCompleteness() {
        return coreDocuments.completeness("clackmannanshire");
    }

    @Test
    void theLogPageListsAndSearchesAndItsPagesRender() throws Exception {
        String word = "quillwort" + unique();
        String number = add(upload("clackmannanshire", word + ".txt", ("Views of young people about " + word).getBytes(StandardCharsets.UTF_8))
                .param("title", "Young people's views").param("sourceType", "STAKEHOLDER_VIEWS"), LEAD, 201).get("number").asText();
        settled("clackmannanshire", number);
        var contributor = user(users.loadUserByUsername("demo-contributor"));
        String log = mvc.perform(get("/partnerships/clackmannanshire/evidence").with(contributor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains(number).contains("Young people&#39;s views");
        String search = mvc.perform(get("/partnerships/clackmannanshire/evidence").param("q", word).param("sourceType", "STAKEHOLDER_VIEWS")
                .with(contributor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("<mark>" + word + "</mark>");
        String filteredOut = mvc.perform(get("/partnerships/clackmannanshire/evidence").param("q", word).param("sourceType", "PERFORMANCE_DATA")
                .with(contributor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filteredOut).doesNotContain("<mark>" + word);
        mvc.perform(get("/partnerships/clackmannanshire/evidence/" + number).with(contributor)).andExpect(status().isOk())
                .andExpect(jsonPathless -> assertThat(jsonPathless.getResponse().getContentAsString()).contains("Cleared"));
        mvc.perform(get("/partnerships/clackmannanshire/evidence/new").with(contributor)).andExpect(status().isOk());
        mvc.perform(get("/partnerships/clackmannanshire/core-documents").with(contributor)).andExpect(status().isOk());
    }
}
