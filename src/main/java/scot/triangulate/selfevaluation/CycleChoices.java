package scot.triangulate.selfevaluation;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.triangulate.partnership.PartnershipCycles;

/** Tells the modules below this one a partnership's cycles, through the port the partnership module owns. */
@Component
class CycleChoices implements PartnershipCycles {

    private final CycleRepository cycles;

    CycleChoices(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public List<CycleChoice> cycles(String partnership) {
        return cycles.forPartnership(partnership).stream().map(c -> new CycleChoice(c.id(), c.title())).toList();
    }
}
