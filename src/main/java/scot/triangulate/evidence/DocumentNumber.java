package scot.triangulate.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document log number: D001, D002, ... (more digits once past D999), unique within a partnership's log. */
public final class DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("D(\\d{3,6})");

    private DocumentNumber() {
    }

    public static String format(int number) {
        return String.format("D%03d", number);
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
