package scot.triangulate.shared;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The one way an id is written in a path or a parameter: ASCII decimal digits, no sign, no leading zero, no
 * spaces, within range. {@code 0x1}, {@code #1}, {@code 01}, {@code +1}, {@code " 1"} and Unicode digits name
 * nothing, so the access rules and the handlers can never read one id two ways.
 */
public final class ResourceId {

    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern CANONICAL_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private ResourceId() {
    }

    /** The id, if the text is one written canonically (a positive number); otherwise empty. */
    public static OptionalLong parse(String text) {
        return text != null && CANONICAL.matcher(text).matches() ? parseLong(text) : OptionalLong.empty();
    }

    /**
     * A whole number in canonical decimal form (sign only for negatives, no leading zeros), as every numeric
     * path variable and parameter is bound; otherwise empty.
     */
    public static OptionalLong parseNumber(String text) {
        if (text == null || !CANONICAL_NUMBER.matcher(text).matches() || text.equals("-0")) {
            return OptionalLong.empty();
        }
        return parseLong(text);
    }

    private static OptionalLong parseLong(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException beyondRange) {
            return OptionalLong.empty();
        }
    }
}
