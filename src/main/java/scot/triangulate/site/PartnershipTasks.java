package scot.triangulate.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.positionstatement.Checks;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleProgress;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;

/**
 * What a partnership's work stands at this morning, read from each module's public services: the current cycle
 * and its due date, how far its evaluations have got, the position statement's words and failing checks, evidence
 * held by personal-data screening, and improvement actions past their due date.
 */
@Service
public class PartnershipTasks {

    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private final CycleService cycles;
    private final EvaluationService evaluations;
    private final PositionStatementService statements;
    private final EvidenceService evidence;
    private final ImprovementPlans plans;

    private final PartnershipAccess access;

    PartnershipTasks(CycleService cycles, EvaluationService evaluations, PositionStatementService statements,
            EvidenceService evidence, ImprovementPlans plans, PartnershipAccess access) {
        this.access = access;
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.statements = statements;
        this.evidence = evidence;
        this.plans = plans;
    }

    /** The task list: everything about the current cycle is empty when the partnership has not started one. */
    /** The acting person's role in the partnership, if they are a member. */
    public Optional<MembershipRole> role(String partnership, Authentication actor) {
        return access.role(actor, partnership);
    }

    /** Whether the home page offers the acting person the partnership's audit: its leads and administrators read it. */
    public boolean mayReadAudit(String partnership, Authentication actor) {
        return access.canLead(actor, partnership);
    }

    public record Today(LocalDate date, Cycle cycle, CycleProgress progress, Checks statement, List<EvidenceItem> heldEvidence,
            List<ImprovementAction> overdueActions) {

        /** Days until the cycle is due: negative once the due date has passed. */
        public long daysToDue() {
            return cycle == null ? 0 : ChronoUnit.DAYS.between(date, cycle.dueDate());
        }
    }

    Today today(String partnership) {
        LocalDate today = LocalDate.now(SCOTLAND);
        List<EvidenceItem> held = evidence.held(partnership);
        Optional<Cycle> current = cycles.current(partnership);
        if (current.isEmpty()) {
            return new Today(today, null, null, null, held, List.of());
        }
        Cycle cycle = current.get();
        return new Today(today, cycle, evaluations.progress(cycle), statements.checks(cycle), held,
                plans.overdue(cycle, today));
    }
}
