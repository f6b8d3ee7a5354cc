package scot.triangulate.selfevaluation;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.triangulate.evidence.IndicatorsInScope;

/** The quality indicators of a partnership's current self-evaluation cycle, offered first when evidence is tagged. */
@Component
class CycleScope implements IndicatorsInScope {

    private final CycleService cycles;

    CycleScope(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public List<String> inScope(String partnership) {
        return cycles.current(partnership).map(Cycle::indicators).orElse(List.of());
    }
}
