package scot.triangulate.positionstatement;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The Word document's appendix: the document log as a table, a header row repeated on every page, each row
 * bookmarked so citations can link to it. Columns have fixed widths filling the text width: the number and the
 * status are wide enough never to wrap, the document's name wraps between words, and a long address breaks where
 * it must rather than squeezing the others.
 */
final class WordAppendix {

    /** Number, document, where to find it, status: twentieths of a point, adding up to the text width. */
    static final int[] COLUMN_WIDTHS = {1300, 2926, 3100, DocxWriter.TEXT_WIDTH - 1300 - 2926 - 3100};

    private final Words words;

    WordAppendix(Words words) {
        this.words = words;
    }

    void write(XWPFDocument document, List<ExportLinks.LogRow> rows) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Heading1");
        heading.setPageBreak(true);
        heading.createRun().setText(words.get("ps.export.appendix"));
        XWPFTable table = document.createTable(rows.size() + 1, COLUMN_WIDTHS.length);
        fixWidths(table);
        String[] headings = {words.get("ps.export.log.number"), words.get("ps.export.log.name"),
                words.get("ps.export.log.place"), words.get("ps.export.log.status")};
        XWPFTableRow header = table.getRow(0);
        for (int c = 0; c < headings.length; c++) {
            XWPFRun run = first(header.getCell(c)).createRun();
            run.setBold(true);
            run.setText(headings[c]);
        }
        header.setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            ExportLinks.LogRow row = rows.get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);
            XWPFParagraph number = first(tableRow.getCell(0));
            CTBookmark bookmark = number.getCTP().addNewBookmarkStart();
            bookmark.setId(BigInteger.valueOf(r));
            bookmark.setName(row.anchor());
            number.createRun().setText(row.number());
            number.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(r));
            first(tableRow.getCell(1)).createRun().setText(row.title());
            XWPFParagraph place = first(tableRow.getCell(2));
            (row.href() == null ? place.createRun() : DocxWriter.link(place, row.href())).setText(row.place());
            first(tableRow.getCell(3)).createRun().setText(row.status());
        }
    }

    private static void fixWidths(XWPFTable table) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(DocxWriter.TEXT_WIDTH));
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : COLUMN_WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(COLUMN_WIDTHS[c]));
            }
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }
}
