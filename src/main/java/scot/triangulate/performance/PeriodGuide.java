package scot.triangulate.performance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the periods of one type are written: the rule the import page states, an example in the form files use and in
 * words, and the reason a period that breaks the rule is refused, with an example in the year its writer meant.
 * Census dates are a type each: 31 July and 31 March are written differently.
 */
public record PeriodGuide(PeriodType type, MonthDay censusDate) {

    /** The year of the examples on the import page and in templates. */
    static final int EXAMPLE_YEAR = 2024;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final Comparator<PeriodGuide> ORDER = Comparator.comparing(PeriodGuide::type)
            .thenComparing(PeriodGuide::censusDate, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** One guide for each way the indicators' periods are written, months first and census dates last. */
    public static List<PeriodGuide> of(Collection<Indicator> indicators) {
        return indicators.stream().map(Indicator::periodGuide).distinct().sorted(ORDER).toList();
    }

    /** The message naming the type, such as "Census date (31 July)"; its arguments are {@link #arguments}. */
    public String nameKey() {
        return "periodGuide.name." + type.name();
    }

    /** The message stating the rule; its arguments are {@link #arguments}. */
    public String messageKey() {
        return "periodGuide." + type.name();
    }

    /** The example's form in files, the example in words, the census day ("31 July", or empty) and the year. */
    public Object[] arguments() {
        Period example = example();
        return new Object[] {example.label(), example.inWords(), censusDay(), String.valueOf(EXAMPLE_YEAR)};
    }

    /** A period of this type in {@link #EXAMPLE_YEAR}. */
    public Period example() {
        return example(EXAMPLE_YEAR);
    }

    /** A period of this type in the given year: March, the first quarter, the financial year starting then, the census. */
    Period example(int year) {
        return new Period(type, switch (type) {
            case MONTH -> LocalDate.of(year, 3, 1);
            case QUARTER -> LocalDate.of(year, 1, 1);
            case FINANCIAL_YEAR -> LocalDate.of(year, 4, 1);
            case CENSUS_DATE -> censusDate.atYear(year);
        });
    }

    /** The census day in words, such as "31 July"; empty for other types. */
    public String censusDay() {
        return censusDate == null ? "" : DAY_AND_MONTH.format(censusDate);
    }

    /**
     * Why a row's period was refused, stating the rule, with an example in the year the text names (so that
     * "2026-10-31" for a 31 July census is answered with "2026-07-31").
     */
    ImportProblem refusal(int row, String text) {
        Period example = example(yearIn(text).orElse(EXAMPLE_YEAR));
        String key = (text.isBlank() ? "import.missingPeriod." : "import.badPeriod.") + type.name();
        return new ImportProblem(row, "period", key, text, example.label(), example.inWords(), censusDay());
    }

    private static OptionalInt yearIn(String text) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year >= Period.FIRST_YEAR && year <= Period.LAST_YEAR) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }
}
