package scot.triangulate.recordreading;

import java.time.OffsetDateTime;
import scot.triangulate.partnership.Agency;

/**
 * A record in an exercise's sample under its label, how it came there (drawn, added, or swapped in) and, once
 * swapped out, when, by whom, why and for which label.
 */
public record SampledRecord(String label, String reference, Agency agency, RecordCategory category, String ageBand,
        How how, String reason, String addedBy, OffsetDateTime addedAt, String removedBy, OffsetDateTime removedAt,
        String removedReason, String replacedBy) {

    public enum How { DRAWN, ADDED, SWAPPED_IN }

    public String howMessageKey() {
        return "exercise.sample.how." + how.name();
    }

    public Object[] howArguments() {
        return new Object[] {reason == null ? "" : reason};
    }

    public boolean inSample() {
        return removedAt == null;
    }
}
