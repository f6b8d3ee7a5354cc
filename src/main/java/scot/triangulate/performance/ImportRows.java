package scot.triangulate.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import scot.triangulate.partnership.Partnership;

/**
 * Checks every row of an import against the indicator definitions before anything is stored, collecting every
 * problem rather than stopping at the first, so one report lists all there is to mend.
 */
final class ImportRows {

    /** The columns read, in the order a template gives them. */
    static final List<String> COLUMNS = List.of("partnership", "indicator", "period", "numerator", "denominator", "value");
    private static final Pattern NUMBER = Pattern.compile("[+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Commas only as thousands separators, so "1,5" is refused rather than read as 15. */
    private static final Pattern THOUSANDS = Pattern.compile("[+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final int MAX_PROBLEMS = 500;

    private final Partnership partnership;
    private final Function<String, Optional<Indicator>> indicators;
    private final Function<String, Optional<Partnership>> partnerships;

    ImportRows(Partnership partnership, Function<String, Optional<Indicator>> indicators,
            Function<String, Optional<Partnership>> partnerships) {
        this.partnership = partnership;
        this.indicators = indicators;
        this.partnerships = partnerships;
    }

    /** The values to store, or the refusal listing every bad row. */
    List<NewValue> check(ImportTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table.header(), problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        List<NewValue> values = new ArrayList<>(table.lines().size());
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Line line : table.lines()) {
            NewValue value = row(line, columns, problems);
            if (value != null) {
                String key = value.indicatorCode() + "|" + value.period().start();
                Integer earlier = seen.putIfAbsent(key, line.row());
                if (earlier != null) {
                    problems.add(new ImportProblem(line.row(), "period", "import.duplicateRow", earlier));
                } else {
                    values.add(value);
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return values;
    }

    private static Map<String, Integer> columns(List<String> header, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new ImportProblem(1, name, "import.unknownColumn", name));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, name, "import.repeatedColumn", name));
            }
        }
        for (String needed : List.of("indicator", "period")) {
            if (!columns.containsKey(needed)) {
                problems.add(new ImportProblem(1, needed, "import.missingColumn", needed));
            }
        }
        if (!columns.containsKey("numerator") && !columns.containsKey("value")) {
            problems.add(new ImportProblem(1, "numerator", "import.missingFigureColumn"));
        }
        if (columns.containsKey("denominator") && !columns.containsKey("numerator")) {
            problems.add(new ImportProblem(1, "denominator", "import.denominatorWithoutNumerator"));
        }
        return columns;
    }

    private NewValue row(ImportTable.Line line, Map<String, Integer> columns, List<ImportProblem> problems) {
        int row = line.row();
        int before = problems.size();
        String named = line.cell(columns.getOrDefault("partnership", -1));
        if (!named.isEmpty()) {
            Optional<Partnership> other = partnerships.apply(named);
            if (other.isEmpty()) {
                problems.add(new ImportProblem(row, "partnership", "import.unknownPartnership", named));
            } else if (!other.get().slug().equals(partnership.slug())) {
                problems.add(new ImportProblem(row, "partnership", "import.otherPartnership", other.get().name(),
                        partnership.name()));
            }
        }
        String code = line.cell(columns.get("indicator"));
        Optional<Indicator> indicator = indicators.apply(code);
        if (indicator.isEmpty()) {
            problems.add(new ImportProblem(row, "indicator", code.isEmpty() ? "import.missingIndicator"
                    : "import.unknownIndicator", code));
            return null;
        }
        Indicator definition = indicator.get();
        String periodText = line.cell(columns.get("period"));
        Optional<Period> period = Period.parse(periodText, definition.periodType(), definition.censusDate());
        if (period.isEmpty()) {
            problems.add(definition.periodGuide().refusal(row, periodText));
        }
        String numeratorText = line.cell(columns.getOrDefault("numerator", -1));
        String denominatorText = line.cell(columns.getOrDefault("denominator", -1));
        String valueText = line.cell(columns.getOrDefault("value", -1));
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal value = null;
        if (!numeratorText.isEmpty()) {
            numerator = number(row, "numerator", numeratorText, problems);
            if (definition.hasDenominator()) {
                if (denominatorText.isEmpty()) {
                    problems.add(new ImportProblem(row, "denominator", "import.denominatorMissing", definition.code()));
                } else {
                    denominator = number(row, "denominator", denominatorText, problems);
                    if (denominator != null && denominator.signum() == 0) {
                        problems.add(new ImportProblem(row, "denominator", "import.denominatorZero"));
                        denominator = null;
                    }
                }
            } else if (!denominatorText.isEmpty()) {
                problems.add(new ImportProblem(row, "denominator", "import.denominatorNotUsed", definition.code()));
            }
            if (numerator != null && denominator != null && definition.isProportion()
                    && numerator.compareTo(denominator) > 0) {
                problems.add(new ImportProblem(row, "numerator", "import.numeratorOverDenominator"));
            }
        } else if (!valueText.isEmpty()) {
            value = number(row, "value", valueText, problems);
            if (value != null && definition.isProportion() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new ImportProblem(row, "value", "import.percentageOver100"));
            }
        } else {
            problems.add(new ImportProblem(row, columns.containsKey("numerator") ? "numerator" : "value",
                    "import.noFigure"));
        }
        if (problems.size() > before) {
            return null;
        }
        if (numerator != null) {
            value = definition.value(numerator, denominator);
        }
        return new NewValue(partnership.slug(), definition.code(), period.orElseThrow(), numerator, denominator, value);
    }

    private static BigDecimal number(int row, String column, String text, List<ImportProblem> problems) {
        String plain = THOUSANDS.matcher(text).matches() ? text.replace(",", "") : text;
        if (!NUMBER.matcher(plain).matches() || plain.length() > 30) {
            problems.add(new ImportProblem(row, column, text.startsWith("-") ? "import.negative" : "import.notNumber", text));
            return null;
        }
        return new BigDecimal(plain);
    }
}
