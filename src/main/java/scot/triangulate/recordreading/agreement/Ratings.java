package scot.triangulate.recordreading.agreement;

import java.util.List;

/**
 * Grades as records × readers on a fixed scale of whole numbers from {@code min} to {@code max}; a missing
 * reading is null. Every row has one entry per reader and every grade lies on the scale: the caller checks
 * the input first and names what is wrong, so a breach here is a programming error.
 */
public final class Ratings {

    private final Integer[][] grades;
    private final int min;
    private final int max;

    public Ratings(List<List<Integer>> rows, int min, int max) {
        if (min >= max) {
            throw new IllegalArgumentException("the scale needs min < max");
        }
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("at least one record and one reader");
        }
        int readers = rows.get(0).size();
        this.grades = new Integer[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> row = rows.get(r);
            if (row.size() != readers) {
                throw new IllegalArgumentException("record " + r + " has " + row.size() + " readings, not " + readers);
            }
            for (Integer grade : row) {
                if (grade != null && (grade < min || grade > max)) {
                    throw new IllegalArgumentException("grade " + grade + " is off the scale");
                }
            }
            grades[r] = row.toArray(Integer[]::new);
        }
        this.min = min;
        this.max = max;
    }

    public int records() {
        return grades.length;
    }

    public int readers() {
        return grades[0].length;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The number of grades on the scale, used or not. */
    int levels() {
        return max - min + 1;
    }

    /** The grade given to a record by a reader, or null when that reading is missing. */
    Integer grade(int record, int reader) {
        return grades[record][reader];
    }

    /** A grade's place on the scale, 0 for {@code min}. */
    int level(int grade) {
        return grade - min;
    }

    /** Whether every reader graded the record. */
    public boolean complete(int record) {
        for (Integer grade : grades[record]) {
            if (grade == null) {
                return false;
            }
        }
        return true;
    }

    public int completeRecords() {
        int complete = 0;
        for (int r = 0; r < records(); r++) {
            if (complete(r)) {
                complete++;
            }
        }
        return complete;
    }

    /** How many readers graded the record. */
    public int readings(int record) {
        int readings = 0;
        for (Integer grade : grades[record]) {
            if (grade != null) {
                readings++;
            }
        }
        return readings;
    }
}
