package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The Word download: titled in its properties, its lists Word's own (numbered, levelled, restarting), its appendix
 * in columns of fixed widths, and nothing in it pointing at Triangulate's pages, which inspectors cannot open.
 */
class DocxExportTest {

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    @Test
    void theDocumentIsTitledWithThePartnershipsName() throws IOException {
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), false)) {
            String title = "Clackmannanshire \u2013 Position statement: Self-evaluation 2026";
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(title);
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("Draft, last changed on 30 July 2026");
        }
    }

    @Test
    void bulletedListsAreWordListsWithTheirLevels() throws IOException {
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), false)) {
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
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), false)) {
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
    @Test
    void theAppendixColumnsHaveFixedWidthsFillingTheTextWidth() throws IOException {
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), false)) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
            assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting(c -> ((BigInteger) c.getW()).intValue())
                    .containsExactly(1300, 2926, 3100, 1700);
            assertThat(table.getWidth()).isEqualTo(DocxWriter.TEXT_WIDTH);
            for (XWPFTableRow row : table.getRows()) {
                assertThat(row.getTableCells()).extracting(XWPFTableCell::getWidth).containsExactly(1300, 2926, 3100, 1700);
            }
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(page.getW(), page.getH())).containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
        }
    }

    @Test
    void onItsOwnTheWordDocumentLinksPublishedItemsAndSaysWhereFilesAre() throws IOException {
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), false)) {
            assertThat(externalLinks(document)).contains(ExportTestData.LONG_URL)
                    .noneMatch(url -> url.contains("/partnerships/") || url.startsWith("evidence"));
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("In the submission pack: evidence/D002 chronology audit.txt");
            assertThat(table.getRow(2).getCell(2).getParagraphs().get(0).getRuns()).noneMatch(r -> r instanceof XWPFHyperlinkRun);
            assertThat(table.getRow(3).getCell(2).getText()).isEqualTo("Not in the submission pack");
            assertThat(table.getRow(4).getCell(2).getText()).isEqualTo("Not in the submission pack");
            // [D002] goes to its row in the appendix, which says where the file is.
            assertThat(citation(document, "[D002]").getAnchor()).isEqualTo("log_D002");
            assertThat(table.getRow(2).getCell(0).getParagraphs().get(0).getCTP().getBookmarkStartList())
                    .extracting(b -> b.getName()).containsExactly("log_D002");
            assertThat(citation(document, "[D001]").getHyperlink(document).getURL()).isEqualTo(ExportTestData.LONG_URL);
        }
    }

    @Test
    void inThePackTheWordDocumentLinksCitedFilesByTheirPathInThePack() throws IOException {
        try (XWPFDocument document = ExportTestData.docx(ExportTestData.draft(), true)) {
            String path = "evidence/D002%20chronology%20audit.txt";
            assertThat(citation(document, "[D002]").getHyperlink(document).getURL()).isEqualTo(path);
            XWPFTableCell place = document.getTables().get(0).getRow(2).getCell(2);
            assertThat(place.getText()).isEqualTo("evidence/D002 chronology audit.txt");
            assertThat(place.getParagraphs().get(0).getRuns()).singleElement()
                    .satisfies(r -> assertThat(((XWPFHyperlinkRun) r).getHyperlink(document).getURL()).isEqualTo(path));
            assertThat(citation(document, "[D003]").getAnchor()).isEqualTo("log_D003");
        }
    }

    private static XWPFHyperlinkRun citation(XWPFDocument document, String text) {
        return document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r instanceof XWPFHyperlinkRun && text.equals(r.text())).map(r -> (XWPFHyperlinkRun) r)
                .findFirst().orElseThrow(() -> new AssertionError("no link " + text));
    }

    private static List<String> externalLinks(XWPFDocument document) {
        return Arrays.stream(document.getHyperlinks()).map(h -> h.getURL()).toList();
    }
}
