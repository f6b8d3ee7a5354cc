package scot.triangulate.improvement;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import scot.triangulate.selfevaluation.Cycle;

/** The improvement plan as a spreadsheet (one row per action, one per PDSA cycle) and as a Word document. */
@Service
public class ImprovementPlanExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String[] ACTION_HEADINGS = {"improvement.column.number", "improvement.column.description",
            "improvement.column.owner", "improvement.column.agency", "improvement.column.dueDate",
            "improvement.column.status", "improvement.column.qualityIndicator", "improvement.column.area",
            "improvement.column.indicator", "improvement.column.baseline", "improvement.column.target",
            "improvement.column.smart", "improvement.column.latestPdsa"};
    private static final String[] PDSA_HEADINGS = {"improvement.column.number", "improvement.pdsa.number",
            "improvement.pdsa.plan", "improvement.pdsa.doing", "improvement.pdsa.study", "improvement.pdsa.act",
            "improvement.pdsa.startDate", "improvement.pdsa.endDate"};

    private final ImprovementPlans plans;
    private final MessageSource messages;

    ImprovementPlanExport(ImprovementPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    public void xlsx(Cycle cycle, OutputStream out) throws IOException {
        List<ImprovementAction> actions = plans.actions(cycle);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = sheet(workbook, text("improvement.export.actionsSheet"), ACTION_HEADINGS, bold);
            int r = 1;
            for (ImprovementAction a : actions) {
                cells(sheet.createRow(r++), actionRow(a));
            }
            Sheet pdsa = sheet(workbook, text("improvement.export.pdsaSheet"), PDSA_HEADINGS, bold);
            r = 1;
            for (ImprovementAction a : actions) {
                for (PdsaCycle p : a.pdsaCycles()) {
                    cells(pdsa.createRow(r++), new String[] {String.valueOf(a.number()), String.valueOf(p.number()),
                        p.plan(), p.doing(), p.study(), p.act(), date(p.startDate()), date(p.endDate())});
                }
            }
            workbook.write(out);
        }
    }

    public void docx(Cycle cycle, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(text("improvement.export.title", cycle.title()));
            for (ImprovementAction a : plans.actions(cycle)) {
                XWPFParagraph heading = document.createParagraph();
                heading.createRun().setBold(true);
                heading.getRuns().get(0).setFontSize(14);
                heading.getRuns().get(0).setText(text("improvement.action.heading", a.number()) + ": " + a.description());
                String[] values = actionRow(a);
                XWPFTable table = document.createTable(ACTION_HEADINGS.length - 2, 2);
                for (int i = 2; i < ACTION_HEADINGS.length; i++) {
                    XWPFTableRow row = table.getRow(i - 2);
                    row.getCell(0).getParagraphs().get(0).createRun().setText(text(ACTION_HEADINGS[i]));
                    row.getCell(0).getParagraphs().get(0).getRuns().get(0).setBold(true);
                    row.getCell(1).getParagraphs().get(0).createRun().setText(values[i]);
                }
                for (PdsaCycle p : a.pdsaCycles()) {
                    XWPFParagraph pdsaHeading = document.createParagraph();
                    pdsaHeading.createRun().setBold(true);
                    pdsaHeading.getRuns().get(0).setText(text("improvement.pdsa.heading", p.number()) + " ("
                            + date(p.startDate()) + " \u2013 " + date(p.endDate()) + ")");
                    stage(document, "improvement.pdsa.plan", p.plan());
                    stage(document, "improvement.pdsa.doing", p.doing());
                    stage(document, "improvement.pdsa.study", p.study());
                    stage(document, "improvement.pdsa.act", p.act());
                }
            }
            document.write(out);
        }
    }

    private String[] actionRow(ImprovementAction a) {
        PdsaCycle latest = a.latestPdsa();
        String smart = a.smart().smart() ? text("improvement.smart.allMet")
                : text("improvement.smart.fails", a.smart().failedInitials());
        return new String[] {
            String.valueOf(a.number()), a.description(), a.ownerName(),
            a.ownerAgencyName() != null ? a.ownerAgencyName() : a.ownerAgency() == null ? "" : text(a.ownerAgency().messageKey()),
            date(a.dueDate()), text(a.status().messageKey()), nullToEmpty(a.qualityIndicator()), nullToEmpty(a.areaText()),
            nullToEmpty(a.indicatorCode()), number(a.baseline()), number(a.target()), smart,
            latest == null ? "" : text("improvement.pdsa.heading", latest.number()) + ": " + latest.plan()
        };
    }

    private void stage(XWPFDocument document, String key, String words) {
        XWPFParagraph p = document.createParagraph();
        p.createRun().setBold(true);
        p.getRuns().get(0).setText(text(key) + ": ");
        p.createRun().setText(words);
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, String[] headings, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            header.createCell(c).setCellValue(text(headings[c]));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 1 || c == 2 || c == 7 ? 50 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void cells(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(scot.triangulate.shared.SpreadsheetText.formulaSafe(values[c]));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.UK);
    }
}
