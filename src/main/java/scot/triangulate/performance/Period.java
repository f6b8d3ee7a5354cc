package scot.triangulate.performance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of an indicator, held as the day it starts (a census period is its census day). Its label is the
 * form people write it in, and the form {@link #parse} reads back: {@code 2024-03}, {@code 2024 Q1},
 * {@code 2023/24}, {@code 2024-07-31}.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-01)?");
    private static final Pattern MONTH_NAMED = Pattern.compile("([A-Za-z]{3,9})[ -](\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[ -]?Q([1-4])|Q([1-4])[ -](\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})[/-](\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    /** Reads a period written as its label (or a close variant); empty when the text is not such a period. */
    public static Optional<Period> parse(String text, PeriodType type, MonthDay censusDate) {
        String s = text == null ? "" : text.strip();
        try {
            Optional<LocalDate> start = switch (type) {
                case MONTH -> month(s);
                case QUARTER -> quarter(s);
                case FINANCIAL_YEAR -> financialYear(s);
                case CENSUS_DATE -> census(s, censusDate);
            };
            return start.filter(d -> d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR)
                    .map(d -> new Period(type, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> month(String s) {
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1));
        }
        m = MONTH_NAMED.matcher(s);
        if (m.matches()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            for (Month month : Month.values()) {
                String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
                if (full.equals(name) || (name.length() == 3 && full.startsWith(name))) {
                    return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month).atDay(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> quarter(String s) {
        Matcher m = QUARTER.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        int quarter = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        return Optional.of(LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    /** A financial year runs from 1 April; "2023/24" and "2023-2024" both name the one starting in 2023. */
    private static Optional<LocalDate> financialYear(String s) {
        Matcher m = FINANCIAL_YEAR.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
        return second == expected ? Optional.of(LocalDate.of(first, 4, 1)) : Optional.empty();
    }

    private static Optional<LocalDate> census(String s, MonthDay censusDate) {
        if (YEAR.matcher(s).matches()) {
            return Optional.of(censusDate.atYear(Integer.parseInt(s)));
        }
        if (DATE.matcher(s).matches()) {
            LocalDate date = LocalDate.parse(s);
            return MonthDay.from(date).equals(censusDate) ? Optional.of(date) : Optional.empty();
        }
        return Optional.empty();
    }

    /** How the period is written in files, in tables of figures and in addresses, and the form {@link #parse} reads back. */
    public String label() {
        return switch (type) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case FINANCIAL_YEAR -> start.getYear() + "/" + String.format(Locale.ROOT, "%02d", (start.getYear() + 1) % 100);
            case CENSUS_DATE -> start.toString();
        };
    }

    /**
     * How the period is written in a sentence, the Scottish Government's way: "March 2024", "January to March 2024",
     * "2023-24", "31 July 2024".
     */
    public String inWords() {
        return switch (type) {
            case MONTH -> MONTH_AND_YEAR.format(start);
            case QUARTER -> MONTH_NAME.format(start) + " to " + MONTH_AND_YEAR.format(start.plusMonths(2));
            case FINANCIAL_YEAR -> start.getYear() + "-" + String.format(Locale.ROOT, "%02d", (start.getYear() + 1) % 100);
            case CENSUS_DATE -> DAY.format(start);
        };
    }

    /** The period after this one. */
    public Period next() {
        return new Period(type, switch (type) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case FINANCIAL_YEAR, CENSUS_DATE -> start.plusYears(1);
        });
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
