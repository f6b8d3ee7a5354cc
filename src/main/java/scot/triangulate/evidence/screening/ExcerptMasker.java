package scot.triangulate.evidence.screening;

import java.util.List;

/**
 * Builds the one-line excerpt shown with a finding: about {@value #CONTEXT} characters either side, with every
 * finding that falls in the window masked in a way that keeps the shape of the data but not the data.
 * Masks keep the length of what they mask, so offsets in the text and in the excerpt line up.
 */
final class ExcerptMasker {

    static final int CONTEXT = 30;
    static final char MASK = '\u2022';

    private ExcerptMasker() {}

    /** @param all every finding in the text, sorted by start */
    static String excerpt(String text, Detection finding, List<Detection> all) {
        int from = Math.max(0, finding.start() - CONTEXT);
        int to = Math.min(text.length(), finding.end() + CONTEXT);
        char[] window = text.substring(from, to).toCharArray();
        for (Detection other : all) {
            if (other.start() >= to) {
                break;
            }
            if (other.end() > from) {
                String masked = mask(other.kind(), text.substring(other.start(), other.end()));
                for (int k = Math.max(from, other.start()); k < Math.min(to, other.end()); k++) {
                    window[k - from] = masked.charAt(k - other.start());
                }
            }
        }
        StringBuilder line = new StringBuilder(window.length + 2);
        if (from > 0) {
            line.append('\u2026');
        }
        boolean lastWasSpace = false;
        for (char c : window) {
            boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
            if (space) {
                if (!lastWasSpace) {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
            lastWasSpace = space;
        }
        if (to < text.length()) {
            line.append('\u2026');
        }
        return line.toString().strip();
    }

    /** The masked form of one item of personal data, the same length as the item. */
    static String mask(FindingKind kind, String value) {
        return switch (kind) {
            case CHI_NUMBER, NHS_NUMBER, PHONE_NUMBER, NATIONAL_INSURANCE_NUMBER -> keepLastDigits(value, 2);
            case DATE_OF_BIRTH -> maskAlphanumerics(value);
            case POSTCODE -> maskInwardCode(value);
            case EMAIL_ADDRESS -> maskLocalPart(value);
            case PERSONAL_NAME -> keepInitials(value);
            case STREET_ADDRESS -> maskStreetAddress(value);
        };
    }

    /** Numbers show only their last two digits; letters in them (a National Insurance prefix) are masked too. */
    private static String keepLastDigits(String value, int keep) {
        char[] c = value.toCharArray();
        int kept = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            if (Character.isDigit(c[i]) && kept < keep) {
                kept++;
            } else if (Character.isLetterOrDigit(c[i])) {
                c[i] = MASK;
            }
        }
        return new String(c);
    }

    private static String maskAlphanumerics(String value) {
        char[] c = value.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (Character.isLetterOrDigit(c[i])) {
                c[i] = MASK;
            }
        }
        return new String(c);
    }

    /** "FK10 1EB" becomes "FK10 •••": the outward code names a town or district, the inward code a street. */
    private static String maskInwardCode(String value) {
        char[] c = value.toCharArray();
        for (int i = Math.max(0, c.length - 3); i < c.length; i++) {
            c[i] = MASK;
        }
        return new String(c);
    }

    private static String maskLocalPart(String value) {
        char[] c = value.toCharArray();
        int at = value.indexOf('@');
        for (int i = 0; i < at; i++) {
            c[i] = MASK;
        }
        return new String(c);
    }

    /** "Jane O'Neil-Kerr" becomes "J••• O'•••-K•••": each word keeps its first letter. */
    private static String keepInitials(String value) {
        char[] c = value.toCharArray();
        for (int i = 0; i < c.length; i++) {
            boolean startsWord = i == 0 || c[i - 1] == ' ' || c[i - 1] == '-' || c[i - 1] == '\n';
            if (Character.isLetter(c[i]) && !startsWord) {
                c[i] = MASK;
            }
        }
        return new String(c);
    }

    /** "Flat 3, 22 Bridge Street" becomes "Flat •, •• B••••• Street": numbers and street name masked. */
    private static String maskStreetAddress(String value) {
        char[] c = value.toCharArray();
        int lastSpace = value.stripTrailing().lastIndexOf(' ');
        int streetTypeStart = lastSpace < 0 ? c.length : lastSpace + 1;
        int firstWordEnd = value.indexOf(' ');
        boolean flatWord = value.regionMatches(true, 0, "flat", 0, 4) || value.regionMatches(true, 0, "apartment", 0, 9)
                || value.regionMatches(true, 0, "apt", 0, 3);
        for (int i = 0; i < streetTypeStart; i++) {
            if (flatWord && i < firstWordEnd) {
                continue;
            }
            char previous = i == 0 ? ' ' : value.charAt(i - 1);
            boolean startsWord = !Character.isLetterOrDigit(previous) && previous != '\'' && previous != '\u2019';
            if (Character.isDigit(c[i]) || (Character.isLetter(c[i]) && !startsWord)) {
                c[i] = MASK;
            }
        }
        return new String(c);
    }
}
