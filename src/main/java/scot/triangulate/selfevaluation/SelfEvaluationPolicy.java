package scot.triangulate.selfevaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.Membership;
import scot.triangulate.identity.PartnershipAccess;

/**
 * Who may see and change what in a partnership's self-evaluation, for the acting person. Every page, export and
 * API answer of the module goes through the services that apply these rules, so none of them can disagree.
 * <ul>
 * <li>Members and administrators see the cycles; leads, contributors and administrators change evaluations; a
 * record reader reads.</li>
 * <li>Only a partnership lead (or an administrator) starts a cycle or agrees an indicator's partnership grade.</li>
 * <li>Blind grading: the perspectives' grades show to someone whose own perspective has graded the indicator,
 * and to leads; to anyone else only how many there are.</li>
 * </ul>
 */
@Service
public class SelfEvaluationPolicy {

    private final PartnershipAccess access;
    private final AccountService accounts;

    SelfEvaluationPolicy(PartnershipAccess access, AccountService accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    /** Whether the acting person may change the partnership's evaluations (answers, citations, their own grade). */
    public boolean mayChange(Authentication actor, String partnership) {
        return access.canContribute(actor, partnership);
    }

    /** Whether the acting person does what only a lead does: start a cycle, agree a partnership grade. */
    public boolean mayLead(Authentication actor, String partnership) {
        return access.canLead(actor, partnership);
    }

    boolean canView(Authentication actor, String partnership) {
        return access.canView(actor, partnership);
    }

    /** Refuses a change by anyone but the partnership's leads, contributors and administrators. */
    void requireContributor(Authentication actor, String partnership) {
        access.requireContributor(actor, partnership, "change the self-evaluation");
    }

    /** Refuses what only a partnership lead (or an administrator) does. */
    public void requireLead(Authentication actor, String partnership) {
        access.requireLead(actor, partnership, "starts a cycle or agrees a partnership grade");
    }

    /**
     * The perspective a person grades from in an agency cycle: their membership's agency. In a cycle graded by
     * leadership roles, and for anyone who is not a member (an administrator), none: they choose a role, or have none.
     */
    public Optional<String> ownPerspective(Cycle cycle, Authentication actor) {
        if (cycle.perspective() == PerspectiveKind.ROLE || actor == null) {
            return Optional.empty();
        }
        return accounts.memberships(actor.getName()).stream()
                .filter(m -> m.partnership().equals(cycle.partnership()))
                .map(Membership::agency).map(Enum::name).findFirst();
    }

    /** The acting person as a reader of one cycle's grades, read once for a page or an export. */
    Viewer viewer(Cycle cycle, Authentication actor) {
        return new Viewer(cycle.perspective(), actor == null ? "" : actor.getName(),
                access.canLead(actor, cycle.partnership()), ownPerspective(cycle, actor));
    }

    /** Someone reading a cycle's evaluations, with what blind grading lets them see. */
    record Viewer(PerspectiveKind kind, String name, boolean lead, Optional<String> ownPerspective) {

        /**
         * Whether this person sees every perspective's grade of an indicator: a lead does; anyone else once their
         * own perspective has graded it (in a role cycle, once they have graded it themselves).
         */
        boolean seesEveryGrade(List<PerspectiveGrade> grades) {
            if (lead || grades.isEmpty()) {
                return true;
            }
            if (kind == PerspectiveKind.ROLE) {
                return grades.stream().anyMatch(g -> g.gradedBy().equals(name));
            }
            return ownPerspective.filter(own -> grades.stream().anyMatch(g -> g.perspective().equals(own))).isPresent();
        }
    }
}
