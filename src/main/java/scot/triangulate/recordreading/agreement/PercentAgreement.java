package scot.triangulate.recordreading.agreement;

/**
 * Agreement as the share of records, counting only records every reader graded (a record with a missing
 * reading is left out, since "all readers agree" cannot be judged on it). With more than two readers a record
 * counts only when all of them agree: not an average over pairs of readers.
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    /** The share of complete records on which every reader gave the same grade. */
    public static Estimate exact(Ratings ratings) {
        return share(ratings, 0);
    }

    /**
     * The share of complete records on which all readers' grades lie within one level of each other: the highest
     * and lowest grade given to the record differ by at most 1 (2, 3 and 4 from three readers do not count, though
     * each is next to another).
     */
    public static Estimate withinOne(Ratings ratings) {
        return share(ratings, 1);
    }

    private static Estimate share(Ratings ratings, int spread) {
        int complete = 0;
        int agreeing = 0;
        for (int r = 0; r < ratings.records(); r++) {
            if (!ratings.complete(r)) {
                continue;
            }
            complete++;
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            for (int k = 0; k < ratings.readers(); k++) {
                int grade = ratings.grade(r, k);
                lowest = Math.min(lowest, grade);
                highest = Math.max(highest, grade);
            }
            if (highest - lowest <= spread) {
                agreeing++;
            }
        }
        return complete == 0 ? Estimate.none(Estimate.Reason.NO_COMPLETE_RECORDS)
                : Estimate.of((double) agreeing / complete);
    }
}
