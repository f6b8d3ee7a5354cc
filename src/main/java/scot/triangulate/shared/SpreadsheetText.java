package scot.triangulate.shared;

/** Text written into a CSV or workbook cell that people will open in a spreadsheet program. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * Text a spreadsheet program would run as a formula (starting = + - @, or a tab or return before one) is
     * prefixed with an apostrophe, so exported text written by many hands is shown, never run.
     */
    public static String formulaSafe(String value) {
        String cell = value == null ? "" : value;
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
