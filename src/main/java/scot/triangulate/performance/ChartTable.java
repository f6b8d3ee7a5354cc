package scot.triangulate.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import scot.triangulate.performance.spc.Signal;
import scot.triangulate.performance.spc.SignalRule;

/**
 * The numbers behind an indicator's charts, one row per period: the figure, the control chart's centre line and
 * limits, the run chart's median, the rules each point breaks, and the comparators. Shown beside the charts and
 * offered as CSV.
 */
public record ChartTable(List<String> comparatorNames, List<Row> rows, int decimals) {

    public record Row(String period, BigDecimal numerator, BigDecimal denominator, String value, String centre, String lcl,
            String ucl, String median, List<SignalRule> rules, List<String> comparators) {
    }

    public static ChartTable of(IndicatorChart control, IndicatorChart run, ChartViews views) {
        int decimals = control.indicator().decimals();
        List<ComparatorLine> lines = control.comparators().stream()
                .filter(l -> l.values().stream().anyMatch(v -> v != null)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < control.values().size(); i++) {
            IndicatorValue v = control.values().get(i);
            int index = i;
            List<SignalRule> rules = control.result().signals().stream().filter(s -> s.index() == index)
                    .map(Signal::rule).toList();
            rows.add(new Row(v.period().label(), v.numerator(), v.denominator(), format(v.value().doubleValue(), decimals),
                    format(control.centre().get(i), decimals + 1), format(at(control.lcl(), i), decimals + 1),
                    format(at(control.ucl(), i), decimals + 1), format(run.centre().get(i), decimals + 1), rules,
                    lines.stream().map(l -> format(l.values().get(index), decimals + 1)).toList()));
        }
        return new ChartTable(lines.stream().map(views::comparatorName).toList(), rows, decimals);
    }

    /** The table as CSV; text cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of("period", "numerator", "denominator", "value", "centre",
                    "lower limit", "upper limit", "median", "signals"));
            header.addAll(comparatorNames);
            printer.printRecord(header.stream().map(scot.triangulate.shared.SpreadsheetText::formulaSafe).toList());
            for (Row r : rows) {
                List<String> cells = new ArrayList<>(List.of(r.period(), plain(r.numerator()), plain(r.denominator()),
                        r.value(), r.centre(), r.lcl(), r.ucl(), r.median(),
                        r.rules().stream().map(Enum::name).collect(Collectors.joining(" "))));
                cells.addAll(r.comparators());
                printer.printRecord(cells.stream().map(scot.triangulate.shared.SpreadsheetText::formulaSafe).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Double at(List<Double> line, int i) {
        return line == null ? null : line.get(i);
    }

    public static String format(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

}
