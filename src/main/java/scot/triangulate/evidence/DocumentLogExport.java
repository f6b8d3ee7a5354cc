package scot.triangulate.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The document log as the guidance asks for it: number and name of every document, with its details. */
@Service
public class DocumentLogExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String[] HEADINGS = {"log.column.number", "log.column.name", "log.column.type",
            "log.column.date", "log.column.linkOrFile", "log.column.indicators", "log.column.status",
            "log.column.core", "log.column.agency", "log.column.version"};

    private final EvidenceService evidence;
    private final MessageSource messages;

    DocumentLogExport(EvidenceService evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    public void csv(String partnership, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so spreadsheet programs read the file as UTF-8
        writeCsvRow(writer, headings());
        for (EvidenceItem item : evidence.log(partnership)) {
            writeCsvRow(writer, row(item));
        }
        writer.flush();
    }

    public void xlsx(String partnership, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("log.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] headings = headings();
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (EvidenceItem item : evidence.log(partnership)) {
                Row row = sheet.createRow(r++);
                String[] values = row(item);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
                if (item.isLink()) {
                    Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                    link.setAddress(item.url());
                    row.getCell(4).setHyperlink(link);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < headings.length; c++) {
                sheet.setColumnWidth(c, c == 1 || c == 4 ? 60 * 256 : 16 * 256);
            }
            workbook.write(out);
        }
    }

    private String[] headings() {
        String[] headings = new String[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            headings[i] = text(HEADINGS[i]);
        }
        return headings;
    }

    private String[] row(EvidenceItem item) {
        return new String[] {
            item.documentNumber(),
            item.title(),
            text(item.sourceType().messageKey()),
            item.documentDate() == null ? "" : DATE.format(item.documentDate()),
            item.isLink() ? item.url() : item.fileName(),
            String.join(", ", item.indicators()),
            text(item.status().messageKey()),
            item.coreCategory() == null ? "" : text(item.coreCategory().messageKey()),
            text(item.agency().messageKey()),
            String.valueOf(item.currentVersion())
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.UK);
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static void writeCsvRow(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells[i]));
        }
        writer.write("\r\n");
    }

    static String csvCell(String value) {
        String cell = scot.triangulate.shared.SpreadsheetText.formulaSafe(value);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    static List<String> headingKeys() {
        return List.of(HEADINGS);
    }
}
