package scot.triangulate.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document log number: D001, D002, ... (more digits once past D999), unique within a partnership's log. */
public final class DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("D(\\d{3,6})");

    private DocumentNumber() {
    }

    /** D and the number, zero-padded to three digits. Called for every item a page lists, so no format string. */
    public static String format(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("a document number is not negative: " + number);
        }
        String digits = Integer.toString(number);
        return digits.length() >= 3 ? "D" + digits : (digits.length() == 2 ? "D0" : "D00") + digits;
    }

    public static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        return number > 0 ? Optional.of(number) : Optional.empty();
    }
}
