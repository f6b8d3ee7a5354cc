package scot.triangulate.positionstatement;

import java.util.regex.Pattern;

/**
 * Counts words as word processors do, so the 5,000-word limit of the guidance means what a partnership's own
 * word processor would say. A word is a maximal run of non-space characters containing at least one letter or
 * digit. Not words: citations such as {@code [D012]}, Markdown syntax ({@code #}, {@code **}, {@code -},
 * {@code >}), ordered-list markers ({@code 1.}, {@code 2)}) and link addresses written as {@code [text](address)}
 * (only the link's text is read). The same rule is implemented in {@code static/js/position-statement.js}.
 */
public final class WordCount {

    private static final Pattern CITATION = Pattern.compile("\\[[Dd]\\d{3,6}\\]");
    private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("(?m)^[ \\t>]*\\d{1,9}[.)](?=[ \\t]|$)");
    private static final Pattern LINK_ADDRESS = Pattern.compile("\\]\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private WordCount() {
    }

    public static int count(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        String text = CITATION.matcher(markdown).replaceAll(" ");
        text = LINK_ADDRESS.matcher(text).replaceAll("] ");
        text = ORDERED_LIST_MARKER.matcher(text).replaceAll(" ");
        int words = 0;
        for (String token : SPACE.split(text.replace('\u00A0', ' ').strip())) {
            if (LETTER_OR_DIGIT.matcher(token).find()) {
                words++;
            }
        }
        return words;
    }
}
