package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * The Word download opens in something other than the library that wrote it: LibreOffice converts it to PDF, and
 * the six section headings come out in order. LibreOffice ({@code soffice}, Debian's libreoffice-writer-nogui) is
 * required: without it this test fails rather than skips, since CI installs it.
 */
@IntegrationTest
class LibreOfficeOpensDocxTest {

    private static final long TIMEOUT_SECONDS = 120;

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

    @TempDir
    Path temp;

    private Cycle cycle;
    private EvidenceItem cited;

    @BeforeEach
    void setUp() {
        cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Published plan " + PositionStatementTestData.unique());
        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
    }

    @Test
    void libreOfficeConvertsTheWordDocumentWithTheSectionsInOrder() throws Exception {
        String soffice = soffice();
        String api = "/api/cycles/" + cycle.id() + "/position-statement";
        Map<String, String> texts = PositionStatementTestData.passingSections(cited.documentNumber());
        JsonNode statement = json.readTree(mvc.perform(get(api).header("Authorization", PositionStatementApiTest.LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        int written = 0;
        for (JsonNode section : statement.get("sections")) {
            String key = section.get("key").asText();
            mvc.perform(put(api + "/sections/" + key).header("Authorization", PositionStatementApiTest.LEAD)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("text", texts.get(key), "version", section.get("version").asInt()))))
                    .andExpect(status().isOk());
            written++;
        }
        assertThat(written).isEqualTo(6);
        byte[] docx = mvc.perform(get(api + ".docx").header("Authorization", PositionStatementApiTest.CONTRIBUTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = Files.write(temp.resolve("statement.docx"), docx);
        Path out = Files.createDirectories(temp.resolve("out"));
        Path profile = Files.createDirectories(temp.resolve("profile"));

        ProcessBuilder command = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile());
        Process process = command.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("LibreOffice did not convert the document within %d s: %s", TIMEOUT_SECONDS, log());
        }
        assertThat(process.exitValue()).as("soffice exit code; output: %s", log()).isZero();
        Path pdf = out.resolve("statement.pdf");
        assertThat(pdf).as("LibreOffice's PDF; output: %s", log()).exists().isNotEmptyFile();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            List<String> expected = new ArrayList<>(PositionStatementApiTest.TITLES);
            expected.add("Appendix: document log");
            int at = -1;
            for (String title : expected) {
                int next = text.indexOf(title, at + 1);
                assertThat(next).as("%s after position %d in LibreOffice's PDF", title, at).isGreaterThan(at);
                at = next;
            }
            assertThat(text).contains("Our area", "[" + cited.documentNumber() + "]");
            // The appendix lists the cited document (its row may break across pages, so look for its number).
            assertThat(text.indexOf(cited.documentNumber(), text.indexOf("Appendix: document log")))
                    .as("%s in the appendix", cited.documentNumber()).isPositive();
            // Each status stays whole: "Cleared" broken mid-word comes out of the PDF as "Clea red" or "Cleare d".
            String appendix = text.substring(text.indexOf("Appendix: document log"));
            long whole = Pattern.compile("\\bCleared\\b").matcher(appendix).results().count();
            long split = Pattern.compile("C ?l ?e ?a ?r ?e ?d").matcher(appendix).results().count();
            assertThat(whole).as("statuses in the appendix").isPositive().isEqualTo(split);
        }
    }

    /** The path of LibreOffice's {@code soffice} (or {@code libreoffice}) on the PATH; the test fails without it. */
    private static String soffice() {
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File candidate = new File(dir, name);
                if (!dir.isEmpty() && candidate.isFile() && candidate.canExecute()) {
                    return candidate.getAbsolutePath();
                }
            }
        }
        return fail("LibreOffice (soffice) is not installed: install the Debian package libreoffice-writer-nogui");
    }

    private String log() {
        try {
            Path log = temp.resolve("soffice.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
