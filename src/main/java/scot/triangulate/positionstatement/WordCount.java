package scot.triangulate.positionstatement;

import java.util.regex.Pattern;

/**
 * Counts words as word processors do, so the 5,000-word limit of the guidance means what a partnership's own
 * word processor would say. A word is a maximal run of non-space characters containing at least one letter or
 * digit. Not words: citations such as {@code [D012]}, Markdown syntax ({@code #}, {@code **}, {@code -},
 * {@code >}), ordered-list markers ({@code 1.}, {@code 2)}) and link addresses written as {@code [text](address)}
 * (only the link's text is read). The same rule is implemented in {@code static/js/position-statement.js}.
 *
 * <p>Every page of a statement counts every section, so the text is read in one pass: citations and link
 * addresses (found only where a {@code [} or {@code ]} is) are blanked first, then words and each line's list marker are found by
 * scanning. Spaces are Unicode's White_Space characters, letters and digits its L and N categories.
 */
public final class WordCount {

    private static final Pattern CITATION = Pattern.compile("\\[[Dd]\\d{3,6}\\]");
    private static final Pattern LINK_ADDRESS = Pattern.compile("\\]\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\)");
    private static final int MAX_MARKER_DIGITS = 9;

    private WordCount() {
    }

    public static int count(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return 0;
        }
        String text = markdown;
        if (text.indexOf('[') >= 0) {
            text = CITATION.matcher(text).replaceAll(" ");
        }
        if (text.indexOf(']') >= 0) {
            text = LINK_ADDRESS.matcher(text).replaceAll("] ");
        }
        int words = 0;
        boolean inWord = false;
        boolean wordHasLetterOrDigit = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (startsLine(text, i)) {
                int afterMarker = afterOrderedListMarker(text, i);
                if (afterMarker > i) {
                    // The marker reads as a space: it ends any word and is not one.
                    words += inWord && wordHasLetterOrDigit ? 1 : 0;
                    inWord = false;
                    i = afterMarker;
                    continue;
                }
            }
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                words += inWord && wordHasLetterOrDigit ? 1 : 0;
                inWord = false;
            } else {
                wordHasLetterOrDigit = (inWord && wordHasLetterOrDigit) || isLetterOrDigit(c);
                inWord = true;
            }
            i += Character.charCount(c);
        }
        return words + (inWord && wordHasLetterOrDigit ? 1 : 0);
    }

    /** Where a line begins: the start of the text, or after a line terminator (inside {@code \r\n} is not). */
    private static boolean startsLine(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029'
                || (before == '\r' && text.charAt(i) != '\n');
    }

    /**
     * The end of an ordered-list marker at the start of a line ({@code [ \t>]*}, one to nine digits, then
     * {@code .} or {@code )}, followed by a space, a tab or the end of the line), or {@code start} if there is none.
     */
    private static int afterOrderedListMarker(String text, int start) {
        int length = text.length();
        int i = start;
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        int digits = 0;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > MAX_MARKER_DIGITS || i == length || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
            return start;
        }
        i++;
        return i == length || endsMarker(text.charAt(i)) ? i : start;
    }

    private static boolean endsMarker(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Unicode's White_Space: space, line and paragraph separators, the controls tab to carriage return, and NEL. */
    private static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x9 && c <= 0xD);
        }
        if (c == 0x85) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isLetterOrDigit(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
