package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/** The position statement's API end to end: sections, optimistic locking, checks, submission, versions and exports. */
@IntegrationTest
class PositionStatementApiTest {

    static final String LEAD = "Bearer demo-lead-token";
    static final String CONTRIBUTOR = "Bearer demo-contributor-token";
    static final String OTHER_LEAD = "Bearer demo-other-lead-token";
    static final List<String> TITLES = List.of("Context of children’s services",
            "What your data is telling you", "Children and young people’s involvement and feedback",
            "Quality Assurance and evaluative activity", "Collaborative strategic and operational leadership",
            "3-5 key achievements and areas for improvement");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CoreDocuments coreDocuments;
    @Autowired
    private AuditLog audit;

    private Cycle cycle;
    private EvidenceItem cited;

    @BeforeEach
    void setUp() {
        cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Published plan " + PositionStatementTestData.unique());
        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
    }

    private String api(String path) {
        return "/api/cycles/" + cycle.id() + path;
    }

    private ResultActions save(String token, String key, String text, int version) throws Exception {
        return mvc.perform(put(api("/position-statement/sections/" + key)).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("text", text, "version", version))));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private JsonNode read(String token, String path, int expected) throws Exception {
        return body(mvc.perform(get(api(path)).header("Authorization", token)).andExpect(status().is(expected)));
    }

    private void writeAll(Map<String, String> texts) throws Exception {
        JsonNode statement = read(LEAD, "/position-statement", 200);
        for (JsonNode section : statement.get("sections")) {
            String key = section.get("key").asText();
            if (texts.containsKey(key)) {
                save(LEAD, key, texts.get(key), section.get("version").asInt()).andExpect(status().isOk());
            }
        }
    }

    @Autowired
    private UserDetailsService users;

    /** Pages take a signed-in session; API tokens open the API only. */
    private RequestPostProcessor person(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    @Test
    void theStatementHasTheGuidanceSixSections() throws Exception {
        JsonNode statement = read(CONTRIBUTOR, "/position-statement", 200);
        assertThat(statement.get("sections")).extracting(s -> s.get("key").asText()).containsExactly("context", "data",
                "involvement", "quality-assurance", "leadership", "achievements-and-improvement");
        assertThat(statement.get("sections")).extracting(s -> s.get("title").asText()).containsExactlyElementsOf(TITLES);
        assertThat(statement.get("sections")).allSatisfy(s -> {
            assertThat(s.get("text").asText()).isEmpty();
            assertThat(s.get("version").asInt()).isZero();
            assertThat(s.get("wordCount").asInt()).isZero();
        });
        assertThat(statement.get("wordLimit").asInt()).isEqualTo(5000);
    }

    @Test
    void aStaleSaveIsRefusedWithTheNewerTextAndNothingIsOverwritten() throws Exception {
        JsonNode first = body(save(CONTRIBUTOR, "context", "Clackmannanshire is small [" + cited.documentNumber() + "].", 0)
                .andExpect(status().isOk()));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("wordCount").asInt()).isEqualTo(3);
        assertThat(first.get("updatedBy").asText()).isEqualTo("demo-contributor");

        // Someone who read version 0 saves: refused, told the current text, and both texts survive.
        JsonNode conflict = body(save(LEAD, "context", "My own words.", 0).andExpect(status().isConflict()));
        assertThat(conflict.get("currentText").asText()).isEqualTo("Clackmannanshire is small [" + cited.documentNumber() + "].");
        assertThat(conflict.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(conflict.get("yourText").asText()).isEqualTo("My own words.");
        assertThat(read(LEAD, "/position-statement", 200).get("sections").get(0).get("text").asText())
                .startsWith("Clackmannanshire is small");

        // Saving against the newer version is a deliberate choice, and goes through.
        assertThat(body(save(LEAD, "context", "My own words.", 1).andExpect(status().isOk())).get("version").asInt()).isEqualTo(2);
        assertThat(audit.latestForPartnership("clackmannanshire", 20)).anyMatch(e -> e.action().equals("position-statement.section-saved")
                && e.subjectId().equals(cycle.id() + "/context") && e.actor().equals("demo-lead"));
    }

    @Test
    void unknownSectionsCyclesAndOtherPartnershipsAreRefused() throws Exception {
        save(LEAD, "no-such-section", "Words", 0).andExpect(status().isNotFound());
        mvc.perform(get("/api/cycles/99999999/position-statement").header("Authorization", LEAD)).andExpect(status().isNotFound());
        // Another partnership's cycle is not found, exactly as one that does not exist.
        mvc.perform(get(api("/position-statement")).header("Authorization", OTHER_LEAD)).andExpect(status().isNotFound());
        save(OTHER_LEAD, "context", "Words", 0).andExpect(status().isNotFound());
        mvc.perform(get(api("/position-statement.pdf")).header("Authorization", OTHER_LEAD)).andExpect(status().isNotFound());
        mvc.perform(get(api("/position-statement"))).andExpect(status().isUnauthorized());
        // The pages of another partnership's cycle are not found, even for a member of the owning partnership.
        mvc.perform(get("/partnerships/stirling/cycles/" + cycle.id() + "/position-statement").with(person("demo-other-lead")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement").with(person("demo-other-lead")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHugeSectionIsRefusedAndNothingSaved() throws Exception {
        JsonNode refused = body(save(LEAD, "data", "x".repeat(PositionStatementService.MAX_SECTION_CHARACTERS + 1), 0)
                .andExpect(status().isUnprocessableEntity()));
        assertThat(refused.get("message").asText()).contains("too long");
        assertThat(read(LEAD, "/position-statement", 200).get("sections").get(1).get("version").asInt()).isZero();
    }

    @Test
    void aSaveWithoutTextIsRefusedAndTheSectionKeepsItsText() throws Exception {
        save(LEAD, "context", "Clackmannanshire is small.", 0).andExpect(status().isOk());
        JsonNode refused = body(mvc.perform(put(api("/position-statement/sections/context")).header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}")).andExpect(status().isUnprocessableEntity()));
        assertThat(refused.toString()).contains("ps.section.textMissing");
        JsonNode context = read(LEAD, "/position-statement", 200).get("sections").get(0);
        assertThat(context.get("text").asText()).isEqualTo("Clackmannanshire is small.");
        assertThat(context.get("version").asInt()).isEqualTo(1);
        // Empty text, sent on purpose, still clears a section.
        save(LEAD, "context", "", 1).andExpect(status().isOk());
        assertThat(read(LEAD, "/position-statement", 200).get("sections").get(0).get("text").asText()).isEmpty();
    }

    @Test
    void checksListEveryProblemAndOnlyALeadSubmitsAPassingStatement() throws Exception {
        Map<String, String> texts = new java.util.HashMap<>(PositionStatementTestData.passingSections(cited.documentNumber()));
        texts.put("data", texts.get("data") + " Unknown [D98765]. " + "word ".repeat(5_000));
        texts.remove("leadership");
        writeAll(texts);

        JsonNode checks = read(CONTRIBUTOR, "/position-statement/checks", 200);
        assertThat(checks.get("wordLimit").asInt()).isEqualTo(5000);
        assertThat(checks.get("wordCount").asInt()).isGreaterThan(5000);
        assertThat(checks.get("problems")).extracting(p -> p.get("code").asText())
                .containsExactlyInAnyOrder("section-empty", "word-limit", "citation-unknown");
        assertThat(checks.get("problems")).extracting(p -> p.get("message").asText())
                .anyMatch(m -> m.contains("[D98765]") && m.contains("not in the document log"));

        mvc.perform(post(api("/position-statement/submit")).header("Authorization", CONTRIBUTOR)).andExpect(status().isForbidden());
        JsonNode refused = body(mvc.perform(post(api("/position-statement/submit")).header("Authorization", LEAD))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(refused.get("problems")).hasSize(3);

        writeAll(PositionStatementTestData.passingSections(cited.documentNumber()));
        assertThat(read(LEAD, "/position-statement/checks", 200).get("problems")).isEmpty();
        JsonNode submitted = body(mvc.perform(post(api("/position-statement/submit")).header("Authorization", LEAD))
                .andExpect(status().isCreated()));
        assertThat(submitted.get("version").asInt()).isEqualTo(1);
        assertThat(submitted.get("submittedBy").asText()).isEqualTo("demo-lead");
        assertThat(audit.latestForPartnership("clackmannanshire", 20)).anyMatch(e -> e.action().equals("position-statement.submitted")
                && e.subjectId().equals(String.valueOf(cycle.id())));

        // Further edits make a new draft; the submitted version stays as it was.
        JsonNode draft = read(LEAD, "/position-statement", 200);
        save(LEAD, "involvement", "Children's views now shape every plan.", draft.get("sections").get(2).get("version").asInt())
                .andExpect(status().isOk());
        JsonNode frozen = read(LEAD, "/position-statement?version=1", 200);
        assertThat(frozen.get("version").asText()).isEqualTo("1");
        assertThat(frozen.get("sections").get(2).get("text").asText()).startsWith("Children's views shape their plans");
        assertThat(read(LEAD, "/position-statement", 200).get("sections").get(2).get("text").asText())
                .isEqualTo("Children's views now shape every plan.");
        read(LEAD, "/position-statement?version=7", 404);

        String compare = mvc.perform(get("/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement/compare")
                .param("from", "1").param("to", "draft").with(person("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("<ins><span class=\"visually-hidden\">Added:</span> <span>now</span>",
                "<del><span class=\"visually-hidden\">Removed:</span> <span>their plans, through advocacy at</span>",
                "<ins><span class=\"visually-hidden\">Added:</span> <span>plan.</span>");
    }

    @Test
    void theWordDocumentHasHeadingsPageNumbersLinksAndTheLog() throws Exception {
        writeAll(PositionStatementTestData.passingSections(cited.documentNumber()));
        byte[] docx = mvc.perform(get(api("/position-statement.docx")).header("Authorization", CONTRIBUTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String title = "Clackmannanshire \u2013 Position statement: " + cycle.title();
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(title);
            assertThat(document.getParagraphs().get(1).getText()).matches("Draft, last changed on \\d{1,2} [A-Z][a-z]+ \\d{4}");
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            List<String> expected = new ArrayList<>(TITLES);
            expected.add("Appendix: document log");
            assertThat(headings).containsExactlyElementsOf(expected);
            assertThat(document.getParagraphs()).anyMatch(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("Our area"));
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getFooterList()).anySatisfy(footer -> assertThat(footer.getParagraphs()).anySatisfy(p ->
                    assertThat(p.getCTP().getFldSimpleList()).anyMatch(f -> f.getInstr().contains("PAGE"))));
            List<XWPFHyperlinkRun> links = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r instanceof XWPFHyperlinkRun).map(r -> (XWPFHyperlinkRun) r).toList();
            assertThat(links).anyMatch(r -> r.getText(0).equals("[" + cited.documentNumber() + "]")
                    && r.getHyperlink(document).getURL().equals(cited.url()));
            assertThat(document.getTables().get(0).getText()).contains(cited.documentNumber(), cited.title());
        }
    }

    @Test
    void thePdfHasTheHeadingsInOrderPageNumbersAndLinks() throws Exception {
        writeAll(PositionStatementTestData.passingSections(cited.documentNumber()));
        byte[] pdf = mvc.perform(get(api("/position-statement.pdf")).header("Authorization", CONTRIBUTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Clackmannanshire \u2013 Position statement: " + cycle.title());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int at = -1;
            for (String title : TITLES) {
                int next = text.indexOf(title, at + 1);
                assertThat(next).as("%s after position %d", title, at).isGreaterThan(at);
                at = next;
            }
            assertThat(text.indexOf("Appendix: document log", at)).isGreaterThan(at);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(uris(document)).contains(cited.url());
        }
    }

    private static List<String> uris(PDDocument document) throws java.io.IOException {
        List<String> uris = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void theSubmissionPackHoldsTheStatementTheLogAndEveryCitedFile() throws Exception {
        EvidenceItem audited = PositionStatementTestData.file(evidence, "clackmannanshire", "Chronology audit "
                + PositionStatementTestData.unique(), "Multi-agency audit of chronologies.\nMost records had a chronology.\n");
        Map<String, String> texts = new java.util.HashMap<>(PositionStatementTestData.passingSections(cited.documentNumber()));
        texts.put("quality-assurance", "The audit [" + audited.documentNumber() + "] led to a practice guide.");
        writeAll(texts);
        byte[] zip = mvc.perform(get(api("/position-statement/submission-pack.zip")).header("Authorization", LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String packed = "evidence/" + audited.documentNumber() + " " + audited.fileName();
        String relative = "evidence/" + audited.documentNumber() + "%20" + audited.fileName();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".txt")) {
                    assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8)).contains("Most records had a chronology.");
                }
                // The statement in the pack links the cited file by its path beside it, not by a Triangulate page.
                if (entry.getName().endsWith(".docx")) {
                    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
                        assertThat(document.getHyperlinks()).extracting(h -> h.getURL()).contains(relative)
                                .noneMatch(url -> url.contains("/partnerships/"));
                    }
                }
                if (entry.getName().endsWith(".pdf")) {
                    try (PDDocument document = Loader.loadPDF(content)) {
                        assertThat(uris(document)).contains(relative).noneMatch(uri -> uri.contains("/partnerships/"));
                    }
                }
            }
        }
        String name = "position-statement-" + cycle.id() + "-draft";
        assertThat(entries).containsExactly(name + ".docx", name + ".pdf", "document-log.xlsx", packed);
    }
}
