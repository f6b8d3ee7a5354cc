package scot.triangulate.partnership;

import java.util.List;

/**
 * A partnership's self-evaluation cycles, for the data modules below self-evaluation (record reading, surveys) that
 * serve a cycle: self-evaluation provides it, so none of them depends on the module above it, nor it on them.
 */
public interface PartnershipCycles {

    /** A cycle that work may serve: its id and title. */
    record CycleChoice(long id, String title) {
    }

    /** The partnership's cycles, newest first. */
    List<CycleChoice> cycles(String partnership);
}
