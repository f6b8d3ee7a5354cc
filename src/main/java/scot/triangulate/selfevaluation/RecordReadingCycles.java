package scot.triangulate.selfevaluation;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.triangulate.recordreading.ExerciseCycles;

/** Tells record reading a partnership's cycles, through the port it owns, so it never depends on this module. */
@Component
class RecordReadingCycles implements ExerciseCycles {

    private final CycleRepository cycles;

    RecordReadingCycles(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public List<CycleChoice> cycles(String partnership) {
        return cycles.forPartnership(partnership).stream().map(c -> new CycleChoice(c.id(), c.title())).toList();
    }
}
