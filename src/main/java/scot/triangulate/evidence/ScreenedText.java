package scot.triangulate.evidence;

import java.time.OffsetDateTime;
import java.util.List;

/** What screening found in the free text of one place, to show beside each field. */
public record ScreenedText(List<Finding> all) {

    public ScreenedText {
        all = List.copyOf(all);
    }

    /** One finding: its field, kind, masked excerpt and, once cleared, who cleared it and why. */
    public record Finding(long id, String field, String kind, String excerpt, String clearedBy, OffsetDateTime clearedAt,
            String clearedReason) {

        public boolean cleared() {
            return clearedAt != null;
        }

        public String kindMessageKey() {
            return "finding." + kind;
        }
    }

    public static ScreenedText none() {
        return new ScreenedText(List.of());
    }

    /** The findings in one field, cleared or not. */
    public List<Finding> field(String field) {
        return all.stream().filter(f -> f.field().equals(field)).toList();
    }

    /** Whether a field has a finding nobody has cleared. */
    public boolean held(String field) {
        return field(field).stream().anyMatch(f -> !f.cleared());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
