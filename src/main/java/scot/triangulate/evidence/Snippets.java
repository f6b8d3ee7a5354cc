package scot.triangulate.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.web.util.HtmlUtils;

/** Search snippets: escaped as HTML, then the words PostgreSQL matched (between U+E000 and U+E001) marked. */
final class Snippets {

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';

    private Snippets() {
    }

    /**
     * The headline with its personal data masked: the match marks are taken out so the screen reads the words as
     * written, then put back where they were (masks keep the length of what they mask).
     */
    static String masked(String headline, UnaryOperator<String> mask) {
        StringBuilder plain = new StringBuilder(headline.length());
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                marks.add(new int[] {plain.length(), c});
            } else {
                plain.append(c);
            }
        }
        StringBuilder masked = new StringBuilder(mask.apply(plain.toString()));
        for (int i = marks.size() - 1; i >= 0; i--) {
            masked.insert(marks.get(i)[0], (char) marks.get(i)[1]);
        }
        return masked.toString();
    }

    static String highlight(String headline) {
        return HtmlUtils.htmlEscape(headline.replace('\f', ' ')).replace("\uE000", "<mark>").replace("\uE001", "</mark>");
    }
}
