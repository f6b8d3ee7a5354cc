package scot.triangulate.performance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded CSV or XLSX file as text, each with the row number people see in a spreadsheet (the
 * header is row 1). Only the first sheet of a workbook is read.
 */
record ImportTable(List<String> header, List<Line> lines) {

    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final int MAX_ROWS = 250_000;

    record Line(int row, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    /** Reads the file, or refuses it with the reason; a file is never half-read. */
    static ImportTable read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ImportRefusedException("import.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRefusedException("import.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new ImportRefusedException("import.notXlsx");
            }
            return workbook(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (zip) {
                throw new ImportRefusedException("import.notCsv");
            }
            return csv(content);
        }
        throw new ImportRefusedException("import.fileType");
    }

    private static ImportTable csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRefusedException("import.notCsv");
        }
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                    tooMany(lines);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("import.csvUnreadable");
        }
        return of(header, lines);
    }

    private static ImportTable workbook(byte[] content) {
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportRefusedException("import.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                    tooMany(lines);
                }
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException("import.xlsxUnreadable");
        }
        return of(header, lines);
    }

    /** Numbers as plain decimals and dates as ISO dates, whatever the cell's display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return date.toString();
            }
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static void tooMany(List<Line> lines) {
        if (lines.size() > MAX_ROWS) {
            throw new ImportRefusedException("import.tooManyRows", MAX_ROWS);
        }
    }

    private static ImportTable of(List<String> header, List<Line> lines) {
        if (header == null || lines.isEmpty()) {
            throw new ImportRefusedException("import.noRows");
        }
        return new ImportTable(header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList(), lines);
    }
}
