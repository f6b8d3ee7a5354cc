package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a calendar date (03/04/2012, 3.4.12, 3-4-2012, 3 April 2012, 3rd of April 2012, April 3rd,
 * 2012) that is labelled as a birth date close by: "DOB", "D.O.B.", "date of birth", "born", "born on",
 * "birthday" just before it, or "(DOB)", "is her date of birth" just after. A date without such a label (a
 * meeting, a report, a financial year) is not personal data and is not reported.
 */
final class DateOfBirthDetector implements Detector {

    private static final String MONTH = "((?i:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)(?![./-]\\d)");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{Alnum}])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)");

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{Alnum}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    /** A birth-date label, then only punctuation and a few linking words up to the date. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s+of\\s+birth\\b|\\bbirth\\s?date\\b|\\bborn\\b|\\bbirthday\\b)"
                    + "[\\s:;,.()\\[\\]=\\-\\u2013\\u2014]*(?:(?:is|was|on|the|of)\\b[\\s:;,]*){0,3}$");

    private static final Pattern LABEL_AFTER = Pattern.compile(
            "(?i)^[\\s,;:]*(?:[(\\[\\-\\u2013]\\s*(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|born|birthday)\\b"
                    + "|(?:is|was)\\s+(?:her|his|their|the\\s+child's|the\\s+child\\u2019s|the)\\s+"
                    + "(?:date\\s+of\\s+birth|birthday|d\\.?o\\.?b\\b))");

    /** Any birth-date label: dates are looked for only near one, so the date patterns run over little text. */
    private static final Pattern ANY_LABEL = Pattern.compile(
            "(?i)\\b(?:d\\.?\\s?o\\.?\\s?b|date\\s+of\\s+birth|birth\\s?date|born|birthday)\\b");

    private static final int REACH = 60;

    @Override
    public void detect(String text, List<Detection> out) {
        MatchWindows.around(ANY_LABEL, text, REACH, (from, to) -> detectIn(text, from, to, out));
    }

    private static void detectIn(String text, int from, int to, List<Detection> out) {
        Matcher m = window(NUMERIC, text, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            if (isDate(day, month, year(m.group(4))) && labelled(text, m.start(), m.end())) {
                out.add(new Detection(FindingKind.DATE_OF_BIRTH, m.start(), m.end()));
            }
        }
        m = window(DAY_MONTH_YEAR, text, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (isDate(day, monthNumber(m.group(2)), Integer.parseInt(m.group(3))) && labelled(text, m.start(), m.end())) {
                out.add(new Detection(FindingKind.DATE_OF_BIRTH, m.start(), m.end()));
            }
        }
        m = window(MONTH_DAY_YEAR, text, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(2));
            if (isDate(day, monthNumber(m.group(1)), Integer.parseInt(m.group(3))) && labelled(text, m.start(), m.end())) {
                out.add(new Detection(FindingKind.DATE_OF_BIRTH, m.start(), m.end()));
            }
        }
    }

    /** A matcher over part of the text that still sees the characters around it for look-behind and look-ahead. */
    private static Matcher window(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static boolean labelled(String text, int start, int end) {
        return LABEL_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find()
                || LABEL_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40)).find();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static boolean isDate(int day, int month, int year) {
        return year >= 1900 && year <= 2099 && DayMonth.isValid(day, month, DayMonth.isLeap(year));
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
