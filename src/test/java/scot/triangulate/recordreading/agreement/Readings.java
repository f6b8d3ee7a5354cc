package scot.triangulate.recordreading.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Builds ratings for the tests: from rows written out, or from a published contingency or count table. */
final class Readings {

    private Readings() {
    }

    static Ratings rows(int min, int max, Integer[]... rows) {
        List<List<Integer>> list = new ArrayList<>();
        for (Integer[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return new Ratings(list, min, max);
    }

    /** Two readers: cell [i][j] of the table is how many records reader one graded min + i and reader two min + j. */
    static Ratings fromTable(int min, int[][] table) {
        List<List<Integer>> list = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                list.addAll(Collections.nCopies(table[i][j], List.of(min + i, min + j)));
            }
        }
        return new Ratings(list, min, min + table.length - 1);
    }

    /** Many readers: cell [r][j] is how many of the readers put record r in category min + j (order is immaterial). */
    static Ratings fromCounts(int min, int[][] counts) {
        List<List<Integer>> list = new ArrayList<>();
        for (int[] record : counts) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < record.length; j++) {
                row.addAll(Collections.nCopies(record[j], min + j));
            }
            list.add(row);
        }
        return new Ratings(list, min, min + counts[0].length - 1);
    }
}
