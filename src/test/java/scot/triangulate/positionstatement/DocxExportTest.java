package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The Word download: titled in its properties, its lists Word's own (numbered, levelled, restarting). */
class DocxExportTest {

    private final Words words = ExportTestData.words();

    private XWPFDocument docx(PositionStatement statement) throws IOException {
        ExportLinks links = new ExportLinks("https://triangulate.example.gov.scot", statement.partnership(), ExportTestData.log());
        List<String[]> rows = links.log().values().stream()
                .map(i -> new String[] {i.documentNumber(), i.title(), links.url(i), words.get(i.status().messageKey())})
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(words).write(statement, links, rows, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    @Test
    void theDocumentIsTitledWithThePartnershipsName() throws IOException {
        try (XWPFDocument document = docx(ExportTestData.draft())) {
            String title = "Clackmannanshire \u2013 Position statement: Self-evaluation 2026";
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(title);
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("Draft, last changed on 30 July 2026");
        }
    }

    @Test
    void bulletedListsAreWordListsWithTheirLevels() throws IOException {
        try (XWPFDocument document = docx(ExportTestData.draft())) {
            for (String item : List.of("Early help", "Child protection")) {
                assertThat(paragraph(document, item).getNumID()).as(item).isNotNull();
                assertThat(paragraph(document, item).getNumIlvl()).as(item).isEqualTo(BigInteger.ZERO);
                assertThat(paragraph(document, item).getNumFmt()).as(item).isEqualTo("bullet");
            }
            for (String item : List.of("Family support workers", "Parenting groups")) {
                assertThat(paragraph(document, item).getNumID()).as(item).isNotNull();
                assertThat(paragraph(document, item).getNumIlvl()).as(item).isEqualTo(BigInteger.ONE);
                assertThat(paragraph(document, item).getNumFmt()).as(item).isEqualTo("bullet");
            }
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().startsWith("\u2022"));
        }
    }

    @Test
    void numberedListsAreDecimalAndEachStartsAtItsOwnFirstNumber() throws IOException {
        try (XWPFDocument document = docx(ExportTestData.draft())) {
            for (String item : List.of("Audit", "Guide", "Re-audit", "Review", "Report")) {
                assertThat(paragraph(document, item).getNumID()).as(item).isNotNull();
                assertThat(paragraph(document, item).getNumFmt()).as(item).isEqualTo("decimal");
                assertThat(paragraph(document, item).getNumLevelText()).as(item).isEqualTo("%1.");
            }
            assertThat(paragraph(document, "Guide").getNumID()).isEqualTo(paragraph(document, "Audit").getNumID());
            assertThat(paragraph(document, "Review").getNumID()).isNotEqualTo(paragraph(document, "Audit").getNumID());
            assertThat(paragraph(document, "Audit").getNumStartOverride()).isEqualTo(BigInteger.ONE);
            assertThat(paragraph(document, "Review").getNumStartOverride()).isEqualTo(BigInteger.valueOf(5));
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().matches("\\d+\\. .*"));
        }
    }
}
