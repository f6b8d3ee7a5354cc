package scot.triangulate.evidence.screening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of text around each match of a cheap pattern, with overlapping stretches merged: where a
 * costlier rule needs to look, so it never runs over a whole document.
 */
final class MatchWindows {

    @FunctionalInterface
    interface Window {
        void accept(int from, int to);
    }

    private MatchWindows() {
    }

    static void around(Pattern pattern, String text, int reach, Window each) {
        Matcher match = pattern.matcher(text);
        int from = -1;
        int to = -1;
        while (match.find()) {
            int start = Math.max(0, match.start() - reach);
            int end = Math.min(text.length(), match.end() + reach);
            if (from >= 0 && start <= to) {
                to = Math.max(to, end);
                continue;
            }
            if (from >= 0) {
                each.accept(from, to);
            }
            from = start;
            to = end;
        }
        if (from >= 0) {
            each.accept(from, to);
        }
    }
}
