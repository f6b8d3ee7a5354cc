package scot.triangulate.selfevaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The cycle summary as a spreadsheet: one row per indicator, as the person downloading it may see it. */
@Service
public class CycleSummaryExport {

    private static final String[] HEADINGS = {"summary.column.indicator", "summary.column.title", "summary.column.grade",
            "summary.column.perspectives", "summary.column.spread", "summary.column.sources", "summary.column.triangulated",
            "summary.column.evidence", "summary.column.checks"};

    private final MessageSource messages;

    CycleSummaryExport(MessageSource messages) {
        this.messages = messages;
    }

    public void xlsx(CycleSummary summary, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("summary.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.length; c++) {
                header.createCell(c).setCellValue(text(HEADINGS[c]));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (CycleSummary.Row row : summary.rows()) {
                Evaluation e = row.evaluation();
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.code());
                line.createCell(1).setCellValue(row.title());
                line.createCell(2).setCellValue(e.level() == null ? "" : text(e.level().messageKey()));
                line.createCell(3).setCellValue(e.hiddenGrades() > 0
                        ? messages.getMessage("summary.hidden", new Object[] {e.hiddenGrades()}, Locale.UK)
                        : e.perspectiveGrades().stream().map(g -> g.perspective() + ": " + text(g.level().messageKey()))
                                .collect(Collectors.joining("; ")));
                line.createCell(4).setCellValue(e.spread());
                line.createCell(5).setCellValue(e.triangulation().sourceTypes().stream()
                        .map(t -> text(t.messageKey())).collect(Collectors.joining(", ")));
                line.createCell(6).setCellValue(text(e.triangulation().triangulated() ? "summary.yes" : "summary.no"));
                line.createCell(7).setCellValue(e.citations().size());
                line.createCell(8).setCellValue(e.checks().stream().map(c -> text(c.nameKey())).collect(Collectors.joining("; ")));
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.setColumnWidth(c, (c == 1 || c == 3 || c == 5 || c == 8 ? 45 : 14) * 256);
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }
}
