package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.EvidenceErasure;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.partnership.Agency;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * Lead-only actions are refused by the module's own service for anyone else, before anything is looked up or
 * changed, whichever page, API route or later caller asks: the URL rules in front of them are a second line only.
 */
@IntegrationTest
class ServiceRulesTest {

    private static final String PARTNERSHIP = "clackmannanshire";

    @Autowired
    private AccountService accounts;
    @Autowired
    private CycleService cycles;
    @Autowired
    private PositionStatementService statements;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private EvidenceErasure erasure;
    @Autowired
    private TextScreening screening;
    @Autowired
    private IndicatorValues values;
    @Autowired
    private PartnershipAccess access;

    @Test
    void onlyALeadSubmitsClearsErasesAndShares() {
        Cycle cycle = cycles.start(PARTNERSHIP, null, "Service rules " + System.nanoTime(),
                LocalDate.now().plusMonths(2), List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-lead"));
        String reader = "service-rules-reader-" + System.nanoTime();
        accounts.create(reader, "Service rules reader", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(reader, PARTNERSHIP, MembershipRole.RECORD_READER, Agency.OTHER, null);

        for (String person : List.of("demo-contributor", reader, "demo-other-lead", "demo-inspector")) {
            Authentication actor = accounts.actingAs(person);
            refused(() -> statements.submit(cycle, actor), person);
            refused(() -> screening.clear(PARTNERSHIP, 1L, "Published contact details", actor), person);
            refused(() -> evidence.clearFinding(PARTNERSHIP, 1, 1L, "Published contact details", actor), person);
            refused(() -> erasure.erase(PARTNERSHIP, 1, 1, "Holds a child's name", actor), person);
            refused(() -> values.share(PARTNERSHIP, "cp-register-rate", actor), person);
            assertThat(screening.mayClear(PARTNERSHIP, actor)).as(person).isFalse();
        }
        for (String person : List.of("demo-lead", "demo-admin")) {
            assertThat(screening.mayClear(PARTNERSHIP, accounts.actingAs(person))).as(person).isTrue();
        }
    }

    @Test
    void rightsFollowTheMembership() {
        assertThat(rights("demo-lead")).containsExactly(Optional.of(MembershipRole.PARTNERSHIP_LEAD), true, true, true);
        assertThat(rights("demo-contributor")).containsExactly(Optional.of(MembershipRole.CONTRIBUTOR), true, true, false);
        assertThat(rights("demo-other-lead")).containsExactly(Optional.empty(), false, false, false);
        assertThat(rights("demo-admin")).containsExactly(Optional.empty(), true, true, true);
        assertThat(List.of(access.canView(null, PARTNERSHIP), access.canContribute(null, PARTNERSHIP),
                access.canLead(null, PARTNERSHIP))).containsOnly(false);
    }

    /** The role, and whether the person sees, changes and leads the partnership. */
    private List<Object> rights(String person) {
        Authentication actor = accounts.actingAs(person);
        return List.of(access.role(actor, PARTNERSHIP), access.canView(actor, PARTNERSHIP),
                access.canContribute(actor, PARTNERSHIP), access.canLead(actor, PARTNERSHIP));
    }

    private static void refused(ThrowingCallable action, String person) {
        assertThatThrownBy(action).as(person).isInstanceOf(AccessDeniedException.class);
    }
}
