package scot.triangulate.recordreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import scot.triangulate.partnership.Agency;

/**
 * Checks every row of a pre-inspection return before anything is stored, collecting every problem so one report lists
 * all there is to mend. Every cell is screened for personal data first; a cell that holds any is reported by the kind
 * found, never echoed, and checked no further.
 */
final class ReturnRows {

    static final List<String> COLUMNS = List.of("reference", "agency", "category", "age band");
    static final int MAX_REFERENCE = 40;
    /** Letters, digits and - _ . / only, starting with a letter or digit: nothing a spreadsheet or a page would run. */
    static final Pattern SAFE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    /** An age band as 0-4, 12-15 or 16+. */
    static final Pattern AGE_BAND = Pattern.compile("(\\d{1,2})(?:-(\\d{1,2})|\\+)");
    private static final int MAX_PROBLEMS = 1_000;
    private static final int ECHO = 40;

    private final Function<String, List<String>> personalData;
    private final Function<String, Optional<Agency>> agencies;

    ReturnRows(Function<String, List<String>> personalData, Function<String, Optional<Agency>> agencies) {
        this.personalData = personalData;
        this.agencies = agencies;
    }

    List<PopulationRecord> check(ReturnTable table) {
        List<ReturnProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table.header(), problems);
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems);
        }
        List<PopulationRecord> records = new ArrayList<>(table.lines().size());
        Map<String, Integer> seen = new HashMap<>();
        for (ReturnTable.Line line : table.lines()) {
            PopulationRecord record = row(line, columns, seen, problems);
            if (record != null) {
                records.add(record);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems);
        }
        return records;
    }

    private Map<String, Integer> columns(List<String> header, List<ReturnProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            if (!personalData.apply(name).isEmpty()) {
                problems.add(new ReturnProblem(1, "column " + (i + 1), "return.personalDataHeader"));
            } else if (!COLUMNS.contains(name)) {
                problems.add(new ReturnProblem(1, echo(name), "return.unknownColumn", echo(name)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ReturnProblem(1, name, "return.repeatedColumn", name));
            }
        }
        for (String needed : List.of("reference", "agency", "category")) {
            if (!columns.containsKey(needed)) {
                problems.add(new ReturnProblem(1, needed, "return.missingColumn", needed));
            }
        }
        return columns;
    }

    private PopulationRecord row(ReturnTable.Line line, Map<String, Integer> columns, Map<String, Integer> seen,
            List<ReturnProblem> problems) {
        int row = line.row();
        int before = problems.size();
        // Cells beyond the header's columns are screened too: whatever a return holds must hold no personal data.
        for (int c = 0; c < line.cells().size(); c++) {
            if (!columns.containsValue(c)) {
                screened(row, "column " + (c + 1), line.cells().get(c), problems);
            }
        }
        String reference = line.cell(columns.get("reference"));
        if (screened(row, "reference", reference, problems)) {
            if (reference.isEmpty()) {
                problems.add(new ReturnProblem(row, "reference", "return.referenceMissing"));
            } else if (reference.length() > MAX_REFERENCE) {
                problems.add(new ReturnProblem(row, "reference", "return.referenceLong", MAX_REFERENCE, reference.length()));
            } else if (!SAFE_REFERENCE.matcher(reference).matches()) {
                problems.add(new ReturnProblem(row, "reference", "return.referenceUnsafe", echo(reference)));
            } else {
                // A reference is checked for repeats whatever else is wrong in its row, so the report lists both.
                Integer earlier = seen.putIfAbsent(reference, row);
                if (earlier != null) {
                    problems.add(new ReturnProblem(row, "reference", "return.duplicateReference", earlier));
                }
            }
        }
        String agencyText = line.cell(columns.get("agency"));
        Optional<Agency> agency = Optional.empty();
        if (screened(row, "agency", agencyText, problems)) {
            agency = agencyText.isEmpty() ? Optional.empty() : agencies.apply(agencyText);
            if (agencyText.isEmpty()) {
                problems.add(new ReturnProblem(row, "agency", "return.agencyMissing"));
            } else if (agency.isEmpty()) {
                problems.add(new ReturnProblem(row, "agency", "return.unknownAgency", echo(agencyText)));
            }
        }
        String categoryText = line.cell(columns.get("category"));
        Optional<RecordCategory> category = Optional.empty();
        if (screened(row, "category", categoryText, problems)) {
            category = RecordCategory.parse(categoryText);
            if (categoryText.isEmpty()) {
                problems.add(new ReturnProblem(row, "category", "return.categoryMissing"));
            } else if (category.isEmpty()) {
                problems.add(new ReturnProblem(row, "category", "return.unknownCategory", echo(categoryText)));
            }
        }
        String ageBand = line.cell(columns.get("age band"));
        if (screened(row, "age band", ageBand, problems) && !ageBand.isEmpty() && !ageBandOk(ageBand)) {
            problems.add(new ReturnProblem(row, "age band", "return.ageBand", echo(ageBand)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new PopulationRecord(reference, agency.orElseThrow(), category.orElseThrow(),
                ageBand.isEmpty() ? null : ageBand, row);
    }

    /**
     * Whether the cell holds no personal data; if it does, the problem names the kinds found (in words, as the
     * screening function gives them), never the text.
     */
    private boolean screened(int row, String column, String text, List<ReturnProblem> problems) {
        List<String> kinds = personalData.apply(text);
        if (kinds.isEmpty()) {
            return true;
        }
        problems.add(new ReturnProblem(row, column, "return.personalData", String.join(", ", kinds)));
        return false;
    }

    static boolean ageBandOk(String text) {
        var m = AGE_BAND.matcher(text);
        if (!m.matches()) {
            return false;
        }
        return m.group(2) == null || Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
    }

    private static String echo(String text) {
        return text.length() > ECHO ? text.substring(0, ECHO) + "…" : text;
    }
}
