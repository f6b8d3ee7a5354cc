package scot.triangulate.selfevaluation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.PartnershipResources;
import scot.triangulate.shared.NotFoundException;

/** Self-evaluation cycles: started by a partnership lead, with the indicators in scope. */
@Service
public class CycleService implements PartnershipResources {

    private final CycleRepository cycles;
    private final FrameworkCatalogue frameworks;
    private final AuditLog audit;
    private final SelfEvaluationPolicy policy;

    CycleService(CycleRepository cycles, FrameworkCatalogue frameworks, AuditLog audit, SelfEvaluationPolicy policy) {
        this.policy = policy;
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /**
     * Starts a cycle, for a partnership lead, on the framework given (none: the framework in use); indicators must
     * belong to it (none given: the indicators its file marks as the inspection's focus, or all of them).
     */
    @Transactional
    public Cycle start(String partnership, String frameworkId, String title, LocalDate dueDate, List<String> indicators,
            PerspectiveKind perspective, Authentication actor) {
        policy.requireLead(actor, partnership);
        String by = actor.getName();
        Framework framework = frameworkId == null ? frameworks.current() : frameworks.framework(frameworkId);
        if (title == null || title.isBlank()) {
            throw new CycleRejectedException("title", "cycle.title.required");
        }
        if (dueDate == null) {
            throw new CycleRejectedException("dueDate", "cycle.dueDate.required");
        }
        List<String> scope = indicators == null || indicators.isEmpty()
                ? defaultIndicators(framework) : List.copyOf(new LinkedHashSet<>(indicators));
        for (String code : scope) {
            if (framework.indicator(code).isEmpty()) {
                throw new CycleRejectedException("indicators", "cycle.indicators.unknown", code);
            }
        }
        if (scope.isEmpty()) {
            throw new CycleRejectedException("indicators", "cycle.indicators.required");
        }
        long id = cycles.insert(partnership, framework.id(), title.strip(), dueDate, scope,
                perspective == null ? PerspectiveKind.AGENCY : perspective, by);
        Cycle cycle = get(id);
        audit.record("cycle.started", "cycle", String.valueOf(id), partnership, null,
                Map.of("title", cycle.title(), "framework", framework.id(), "dueDate", dueDate.toString(), "indicators", scope));
        return cycle;
    }

    /** A framework's focus indicators as its file marks them (QIF: those the inspection evaluates), else all. */
    public static List<String> defaultIndicators(Framework framework) {
        List<String> focus = framework.indicators().stream().filter(Framework.Indicator::focus).map(Framework.Indicator::code).toList();
        return focus.isEmpty() ? framework.indicators().stream().map(Framework.Indicator::code).toList() : focus;
    }

    private Cycle get(long id) {
        return cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", String.valueOf(id)));
    }

    /**
     * The cycle, if the acting person may see its partnership. Another partnership's cycle is not found, exactly
     * as one that does not exist, whatever the route that asked.
     */
    public Cycle get(long id, Authentication actor) {
        return cycles.find(id).filter(c -> policy.canView(actor, c.partnership()))
                .orElseThrow(() -> new NotFoundException("cycle", String.valueOf(id)));
    }

    /** The cycle, if it belongs to this partnership; a cycle of another partnership is not found. */
    public Cycle get(String partnership, long id) {
        return cycles.find(id).filter(c -> c.partnership().equals(partnership))
                .orElseThrow(() -> new NotFoundException("cycle", String.valueOf(id)));
    }

    /** The cycle the partnership is working on: the one started last, if any. */
    public Optional<Cycle> current(String partnership) {
        return cycles.forPartnership(partnership).stream().findFirst();
    }

    public List<Cycle> cycles(String partnership) {
        return cycles.forPartnership(partnership);
    }

    @Override
    public String type() {
        return "cycles";
    }

    @Override
    public Optional<String> partnershipOf(long id) {
        return cycles.partnershipOf(id);
    }
}
