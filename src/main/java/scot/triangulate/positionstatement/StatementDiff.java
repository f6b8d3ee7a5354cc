package scot.triangulate.positionstatement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level comparison of two texts: the longest common run of words kept, the rest marked as removed from
 * the first or added in the second. Texts too long to compare word by word within {@value #MAX_CELLS} steps
 * show their differing middles as one removal and one addition.
 */
public final class StatementDiff {

    static final long MAX_CELLS = 4_000_000;

    public enum Kind { SAME, REMOVED, ADDED }

    public record Part(Kind kind, String text) {

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private StatementDiff() {
    }

    public static List<Part> compare(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Kind.SAME, Arrays.copyOfRange(a, 0, start));
        middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), parts);
        add(parts, Kind.SAME, Arrays.copyOfRange(a, endA, a.length));
        return parts;
    }

    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    private static void middle(String[] a, String[] b, List<Part> parts) {
        if ((long) a.length * b.length > MAX_CELLS) {
            add(parts, Kind.REMOVED, a);
            add(parts, Kind.ADDED, b);
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                add(parts, Kind.SAME, a[i]);
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(parts, Kind.REMOVED, a[i++]);
            } else {
                add(parts, Kind.ADDED, b[j++]);
            }
        }
        while (i < a.length) {
            add(parts, Kind.REMOVED, a[i++]);
        }
        while (j < b.length) {
            add(parts, Kind.ADDED, b[j++]);
        }
    }

    private static void add(List<Part> parts, Kind kind, String... words) {
        if (words.length == 0) {
            return;
        }
        String text = String.join(" ", words);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + " " + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static String[] words(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
    }
}
