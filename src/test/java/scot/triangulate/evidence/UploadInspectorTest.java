package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadInspectorTest {

    private final UploadInspector inspector = new UploadInspector();
    @TempDir
    Path directory;

    private UploadInspector.Inspected inspect(String name, byte[] content) throws IOException {
        return inspector.inspect(new NewEvidence.Upload(name, content.length, new ByteArrayInputStream(content)), directory);
    }

    private void assertRefused(String name, byte[] content, String messageKey) throws IOException {
        assertThatThrownBy(() -> inspect(name, content))
                .isInstanceOf(EvidenceRejectedException.class)
                .extracting(e -> ((EvidenceRejectedException) e).messageKey()).isEqualTo(messageKey);
        try (var left = Files.list(directory)) {
            assertThat(left).as("nothing kept after a refusal").isEmpty();
        }
    }

    @Test
    void acceptsRealDocumentsOfEachKindAndHashesThem() throws IOException {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("Child protection committee annual report")));
        UploadInspector.Inspected inspected = inspect("CPC annual report 2024.pdf", pdf);
        assertThat(inspected.contentType()).isEqualTo("application/pdf");
        assertThat(inspected.size()).isEqualTo(pdf.length);
        assertThat(inspected.sha256()).hasSize(64).isEqualTo(scot.triangulate.evidence.storage.Sha256.of(inspected.file()));
        assertThat(inspect("Plan.docx", TestDocuments.docx("Children's services plan")).contentType())
                .isEqualTo(UploadInspector.TYPES.get("docx"));
        assertThat(inspect("notes.txt", "Minutes of the meeting".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/plain");
        assertThat(inspect("figures.csv", "indicator,value\nA,1\n".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/csv");
    }

    @Test
    void refusesUnsupportedTypes() throws IOException {
        assertRefused("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "evidence.file.type");
        assertRefused("script", "echo hi".getBytes(StandardCharsets.UTF_8), "evidence.file.type");
    }

    @Test
    void refusesContentThatDoesNotMatchItsExtension() throws IOException {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("text")));
        assertRefused("report.docx", pdf, "evidence.file.mismatch");
        assertRefused("report.pdf", TestDocuments.docx("text"), "evidence.file.mismatch");
        assertRefused("notes.txt", pdf, "evidence.file.mismatch");
        assertRefused("data.csv", new byte[] {1, 2, 0, 3, 0, 0}, "evidence.file.mismatch");
    }

    @Test
    void refusesEmptyAndOversizedFiles() throws IOException {
        assertRefused("empty.pdf", new byte[0], "evidence.file.empty");
        assertThatThrownBy(() -> inspector.inspect(new NewEvidence.Upload("huge.pdf", UploadInspector.MAX_BYTES + 1,
                InputStream.nullInputStream()), directory))
                .extracting(e -> ((EvidenceRejectedException) e).messageKey()).isEqualTo("evidence.file.tooLarge");
    }

    @Test
    void stopsReadingAnUploadThatLiesAboutItsSize() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThatThrownBy(() -> inspector.inspect(new NewEvidence.Upload("endless.txt", 10, endless), directory))
                .extracting(e -> ((EvidenceRejectedException) e).messageKey()).isEqualTo("evidence.file.tooLarge");
        try (var left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesAZipBombDressedAsAWordDocument() throws IOException {
        assertRefused("bomb.docx", TestDocuments.docxBomb(40), "evidence.file.bomb");
    }

    @Test
    void refusesEncryptedAndCorruptPdfs() throws IOException {
        assertRefused("locked.pdf", TestDocuments.encryptedPdf(), "evidence.file.encrypted");
        assertRefused("broken.pdf", "%PDF-1.7\n%%garbage that is not a PDF body".getBytes(StandardCharsets.US_ASCII),
                "evidence.file.corrupt");
    }

    @Test
    void refusesFileNamesWithPathPartsOrControlCharacters() throws IOException {
        byte[] text = "text".getBytes(StandardCharsets.UTF_8);
        assertRefused("../../etc/passwd.txt", text, "evidence.file.name");
        assertRefused("folder\\report.txt", text, "evidence.file.name");
        assertRefused("report\u0000.txt", text, "evidence.file.name");
        assertRefused("report\n.txt", text, "evidence.file.name");
        assertRefused("gpj.\u202Etxt", text, "evidence.file.name");
        assertRefused(".hidden.txt", text, "evidence.file.name");
        assertRefused("x".repeat(201) + ".txt", text, "evidence.file.name");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"2066", "2067", "2068", "2069", "202A", "202B", "202C", "202D", "202E", "200B", "200C", "200D",
        "200E", "200F", "2060", "FEFF", "061C", "00AD", "2028", "2029"})
    void refusesFileNamesWithInvisibleOrDirectionCharacters(String codePoint) throws IOException {
        String hidden = Character.toString(Integer.parseInt(codePoint, 16));
        byte[] text = "text".getBytes(StandardCharsets.UTF_8);
        assertRefused("report" + hidden + "fdp.txt", text, "evidence.file.name");
        assertRefused(hidden + "minutes.txt", text, "evidence.file.name");
    }

    @Test
    void acceptsFileNamesInOtherScriptsAndWithOrdinarySpaces() throws IOException {
        byte[] text = "text".getBytes(StandardCharsets.UTF_8);
        assertThat(inspect("Plana gnìomh na Gàidhlig 2024.txt", text).fileName()).isEqualTo("Plana gnìomh na Gàidhlig 2024.txt");
        assertThat(inspect("تقرير سنوي.txt", text).fileName()).isEqualTo("تقرير سنوي.txt");
        assertThat(inspect("Plan (draft) – v2.txt", text).fileName()).isEqualTo("Plan (draft) – v2.txt");
    }

    @Test
    void acceptsTheFivePublishedSourceDocumentsAsText() throws IOException {
        try (var seeds = Files.list(Path.of("../shared/seeds"))) {
            List<Path> documents = seeds.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
            assertThat(documents).hasSize(5);
            for (Path document : documents) {
                UploadInspector.Inspected inspected = inspect(document.getFileName().toString(), Files.readAllBytes(document));
                assertThat(inspected.contentType()).as(document.toString()).isEqualTo("text/plain");
                Files.delete(inspected.file());
            }
        }
    }

    @Test
    void acceptsALetterOrAnEmailSavedAsText() throws IOException {
        // Type detection reads these as e-mail or a mailbox; they are still plain text with a .txt name.
        for (String text : List.of("\n\n\n\nDate: 10 January 2021\nOur Ref: CL/HH\n\nDear Sharon\n",
                "Date: 10 January 2021\nOur Ref: CL/HH\nYour Ref: AB/12\n\nDear colleague\n",
                "From: Care Inspectorate\nTo: Children's services partnership\nSubject: Findings\n\nDear colleague\n",
                "From the Chief Social Work Officer\n\nDear colleague\n")) {
            UploadInspector.Inspected inspected = inspect("letter.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(inspected.contentType()).isEqualTo("text/plain");
            Files.delete(inspected.file());
        }
        assertThat(UploadInspector.textLike("message/rfc822")).isTrue();
        assertThat(UploadInspector.textLike("text/x-web-markdown")).isTrue();
        assertThat(UploadInspector.textLike("application/pdf")).isFalse();
        assertThat(UploadInspector.textLike("application/zip")).isFalse();
    }
}
