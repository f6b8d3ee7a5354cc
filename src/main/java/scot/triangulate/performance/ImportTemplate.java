package scot.triangulate.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import scot.triangulate.partnership.Partnership;

/**
 * A CSV file to fill in for one indicator set: the header row the importer reads, then an example row for each
 * indicator with its period written the way that indicator needs. Each example is for the period after the
 * partnership's latest figure (or for {@link PeriodGuide#EXAMPLE_YEAR} when it has none), so importing the file
 * unchanged is accepted and adds figures rather than revising any.
 */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static String csv(Partnership partnership, IndicatorSet set, Map<String, List<IndicatorValue>> figures) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(ImportRows.COLUMNS);
            for (Indicator indicator : set.indicators()) {
                List<IndicatorValue> held = figures.getOrDefault(indicator.code(), List.of());
                Period period = held.isEmpty() ? indicator.periodGuide().example()
                        : held.get(held.size() - 1).period().next();
                Figure figure = example(indicator);
                printer.printRecord(partnership.name(), indicator.code(), period.label(), figure.numerator(),
                        figure.denominator(), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private record Figure(String numerator, String denominator) {
    }

    /** A figure of the indicator's kind: a count, an average of 180 days, a rate, or a percentage of 75. */
    private static Figure example(Indicator indicator) {
        if (!indicator.hasDenominator()) {
            return new Figure("25", "");
        }
        if (indicator.unit() != null) {
            return new Figure("5400", "30");
        }
        return indicator.factor() > 100 ? new Figure("120", "20000") : new Figure("45", "60");
    }
}
