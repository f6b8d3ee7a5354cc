package scot.triangulate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.partnership.Agency;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.selfevaluation.Citation;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;

/**
 * Each part of the demo data loads on its own terms: into a log that already holds someone's document (as when a
 * client uploaded before the demo loaded), and again on a later start without adding anything twice.
 */
@IntegrationTest
class DemoLoadingTest {

    /** No other test uses this partnership's log, cycles or plan. */
    private static final String PARTNERSHIP = "shetland";

    @Autowired
    private DemoEvidence demoEvidence;
    @Autowired
    private DemoSelfEvaluation demoSelfEvaluation;
    @Autowired
    private DemoPositionStatement demoPositionStatement;
    @Autowired
    private DemoImprovementPlan demoImprovementPlan;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private PositionStatementService statements;
    @Autowired
    private ImprovementPlans plans;
    @Autowired
    private AccountService accounts;

    /** The demo's people do the demo's work, in this partnership as in Clackmannanshire, for as long as the test runs. */
    @BeforeEach
    void theDemoPeopleBelongToThePartnership() {
        accounts.addMembership("demo-lead", PARTNERSHIP, MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK, null);
        accounts.addMembership("demo-contributor", PARTNERSHIP, MembershipRole.CONTRIBUTOR, Agency.NHS_BOARD, null);
    }

    @AfterEach
    void andLeaveItAfterwards() {
        accounts.removeMembership("demo-lead", PARTNERSHIP);
        accounts.removeMembership("demo-contributor", PARTNERSHIP);
    }

    @Test
    void demoLoadsBesideADocumentAddedFirstAndLoadingAgainAddsNothing() throws Exception {
        EvidenceItem first = evidence.add(PARTNERSHIP, new NewEvidence("Minutes of the committee", "",
                Agency.COUNCIL_SOCIAL_WORK, LocalDate.now(), SourceType.DOCUMENTS, List.of(), null, null,
                "https://www.example.gov.scot/shetland-minutes.pdf"), "demo-admin");
        assertThat(first.documentNumber()).isEqualTo("D001");

        DemoLog log = demoEvidence.load(PARTNERSHIP);
        assertThat(log.number("D001")).isEqualTo("D002");
        assertThat(log.number("D020")).isEqualTo("D021");
        Cycle cycle = demoSelfEvaluation.load(PARTNERSHIP, log);
        demoPositionStatement.load(cycle.id(), PARTNERSHIP, log);
        demoImprovementPlan.load(cycle.id(), PARTNERSHIP);

        int documents = evidence.log(PARTNERSHIP).size();
        assertThat(documents).isEqualTo(1 + log.numbers().size());
        assertThat(evaluations.evaluation(cycle, "2.1").citations()).extracting(Citation::documentNumber)
                .containsExactlyInAnyOrder("D021", "D024", "D006", "D002");
        assertThat(evaluations.evaluation(cycle, "2.1").grade()).isEqualTo(4);
        assertThat(statements.section(cycle, "context").text()).contains("[D002]", "[D003]", "[D004]", "[D013]")
                .doesNotContain("[D001]");
        // Four of six sections are written: the last two are reported empty, and nothing yet about what they leave out.
        assertThat(statements.checks(cycle).problems()).filteredOn(p -> p.code().equals(
                        scot.triangulate.positionstatement.Problem.SECTION_EMPTY)).extracting(p -> p.sectionKey())
                .containsExactly("leadership", "achievements-and-improvement");
        assertThat(statements.checks(cycle).problems()).extracting(p -> p.code())
                .doesNotContain(scot.triangulate.positionstatement.Problem.TOPIC_MISSING);
        List<ImprovementAction> actions = plans.actions(cycle);
        assertThat(actions).hasSize(4);

        DemoLog again = demoEvidence.load(PARTNERSHIP);
        Cycle sameCycle = demoSelfEvaluation.load(PARTNERSHIP, again);
        demoPositionStatement.load(sameCycle.id(), PARTNERSHIP, again);
        demoImprovementPlan.load(sameCycle.id(), PARTNERSHIP);

        assertThat(again.numbers()).isEqualTo(log.numbers());
        assertThat(sameCycle.id()).isEqualTo(cycle.id());
        assertThat(cycles.cycles(PARTNERSHIP)).hasSize(1);
        assertThat(evidence.log(PARTNERSHIP)).hasSize(documents);
        assertThat(evaluations.evaluation(cycle, "2.1").citations()).hasSize(4);
        assertThat(evaluations.evaluation(cycle, "2.1").perspectiveGrades()).hasSize(2);
        assertThat(evaluations.evaluation(cycle, "6.4").citations()).hasSize(5);
        assertThat(plans.actions(cycle)).hasSize(4);
        assertThat(plans.actions(cycle).stream().mapToInt(a -> a.pdsaCycles().size()).sum())
                .isEqualTo(actions.stream().mapToInt(a -> a.pdsaCycles().size()).sum()).isEqualTo(3);
    }
}
