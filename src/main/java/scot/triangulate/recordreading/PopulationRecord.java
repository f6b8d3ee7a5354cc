package scot.triangulate.recordreading;

import scot.triangulate.partnership.Agency;

/** One child's record as a pre-inspection return lists it, under the partnership's pseudonymous reference. */
public record PopulationRecord(String reference, Agency agency, RecordCategory category, String ageBand, int row) {
}
