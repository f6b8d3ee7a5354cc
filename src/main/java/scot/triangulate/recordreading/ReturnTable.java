package scot.triangulate.recordreading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A pre-inspection return's rows as text, each with the row number a spreadsheet shows (the header is row 1). A file
 * that cannot be read honestly is refused whole: not CSV or XLSX, not UTF-8, a NUL character, a formula cell (its
 * value is whatever the program last computed, not what was written), or a workbook that unpacks to far more than
 * its size (a zip bomb) or holds too many parts. Only the first sheet is read.
 */
record ReturnTable(List<String> header, List<Line> lines) {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 1_000;

    record Line(int row, List<String> cells) {
        String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    static ReturnTable read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ReturnRefusedException("return.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new ReturnRefusedException("return.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new ReturnRefusedException("return.notXlsx");
            }
            checkZip(content);
            return workbook(content);
        }
        if (name.endsWith(".csv")) {
            if (zip) {
                throw new ReturnRefusedException("return.notCsv");
            }
            return csv(content);
        }
        throw new ReturnRefusedException("return.fileType");
    }

    /** Unpacks the workbook once, counting, before POI opens it: refused past the limits, nothing kept. */
    private static void checkZip(byte[] content) {
        long unzipped = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ReturnRefusedException("return.xlsxTooLarge");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unzipped += n;
                    if (unzipped > MAX_UNZIPPED_BYTES) {
                        throw new ReturnRefusedException("return.xlsxTooLarge");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ReturnRefusedException("return.xlsxUnreadable");
        }
    }

    private static ReturnTable csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ReturnRefusedException("return.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ReturnRefusedException("return.nulCharacter");
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
            throw new ReturnRefusedException("return.csvUnreadable");
        }
        return of(header, lines);
    }

    private static ReturnTable workbook(byte[] content) {
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ReturnRefusedException("return.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        throw new ReturnRefusedException("return.formula", cell.getAddress().formatAsString());
                    }
                    String text = cell == null ? "" : formatter.formatCellValue(cell);
                    if (text.indexOf('\0') >= 0) {
                        throw new ReturnRefusedException("return.nulCharacter");
                    }
                    cells.add(text);
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
        } catch (ReturnRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReturnRefusedException("return.xlsxUnreadable");
        }
        return of(header, lines);
    }

    private static void tooMany(List<Line> lines) {
        if (lines.size() > MAX_ROWS) {
            throw new ReturnRefusedException("return.tooManyRows", MAX_ROWS);
        }
    }

    private static ReturnTable of(List<String> header, List<Line> lines) {
        if (header == null || lines.isEmpty()) {
            throw new ReturnRefusedException("return.noRows");
        }
        return new ReturnTable(header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ")).toList(),
                lines);
    }
}
