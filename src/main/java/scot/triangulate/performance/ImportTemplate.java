package scot.triangulate.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import scot.triangulate.partnership.Partnership;

/**
 * A CSV file to fill in for one indicator set: the header row the importer reads, then a row for each indicator with
 * the partnership, the indicator and its next period written the way that indicator needs (the period after the
 * partnership's latest figure, or in {@link PeriodGuide#EXAMPLE_YEAR} when it has none). The figures are left for the
 * partnership to give: a template imported unchanged is refused row by row, never stored as invented figures.
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
                printer.printRecord(partnership.name(), indicator.code(), period.label(), "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
