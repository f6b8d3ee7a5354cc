package scot.triangulate.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.partnership.Agency;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * A partnership's home page is its task list: the current cycle's due date, how far its evaluations have got, the
 * statement's words and failing checks, held evidence and overdue actions, each linking to where the work is done.
 */
@IntegrationTest
class PartnershipHomeTest {

    /** A partnership no other test works in, so its current cycle is the one made here. */
    private static final String PARTNERSHIP = "shetland";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountService accounts;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private PositionStatementService statements;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private ImprovementPlans plans;

    private String lead() {
        String username = "home-lead-" + System.nanoTime();
        accounts.create(username, "Home Lead", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(username, PARTNERSHIP, MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK, null);
        return username;
    }

    private Document home(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/partnerships/" + PARTNERSHIP).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theHomePageIsTheTaskListOfTheCurrentCycle() throws Exception {
        String lead = lead();
        LocalDate due = LocalDate.now(PartnershipTasks.SCOTLAND).plusDays(30);
        Cycle cycle = cycles.start(PARTNERSHIP, null, "Home page cycle " + System.nanoTime(),
                due, List.of("2.1", "5.1", "9.2"), PerspectiveKind.AGENCY, accounts.actingAs(lead));
        evaluations.saveAnswers(cycle, "2.1", new Answers("We see children quickly", "", "", "", "", ""),
                evaluations.evaluation(cycle, "2.1").version(), accounts.actingAs(lead));
        evaluations.saveAnswers(cycle, "5.1", new Answers("", "Audits of plans", "", "", "", ""),
                evaluations.evaluation(cycle, "5.1").version(), accounts.actingAs(lead));
        evaluations.gradeFromPerspective(cycle, "2.1", null, 4, "", accounts.actingAs(lead));
        evaluations.agreeGrade(cycle, "2.1", 4, "Agreed at the workshop", evaluations.evaluation(cycle, "2.1").version(), accounts.actingAs(lead));
        statements.save(cycle, "data", "Referrals rose by a tenth last year.", 0, lead);
        EvidenceItem held = evidence.add(PARTNERSHIP, new NewEvidence("Case note extract", "Date of birth: 12/03/2014",
                Agency.COUNCIL_SOCIAL_WORK, null, SourceType.DOCUMENTS, List.of(), null, null,
                "https://www.example.gov.scot/home-page-" + System.nanoTime()), lead);
        ActionDetails late = new ActionDetails("Review every child's plan within 28 days", "A Owner", null, null,
                LocalDate.now(PartnershipTasks.SCOTLAND).minusDays(3), null, null, null, null, null, null,
                ActionStatus.IN_PROGRESS);
        var action = plans.create(cycle, late, lead);
        int heldCount = evidence.held(PARTNERSHIP).size();

        Document page = home(lead);

        String base = "/partnerships/" + PARTNERSHIP + "/cycles/" + cycle.id();
        assertThat(page.select("#task-list.ds_task-list > li.ds_task-list__task")).hasSize(6);
        assertThat(page.select("#task-cycle a").text()).isEqualTo(cycle.title());
        assertThat(page.select("#task-cycle a").attr("href")).isEqualTo(base);
        assertThat(page.select("#task-cycle .ds_task-list__task-summary").text())
                .isEqualTo("Current self-evaluation cycle, due " + due.format(java.time.format.DateTimeFormatter
                        .ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(page.select("#task-cycle .ds_task-list__task-status").text()).isEqualTo("Due in 30 days");
        assertThat(page.select("#task-evaluations .ds_task-list__task-summary").text()).isEqualTo(
                "Of the 3 quality indicators in scope: 2 drafted, 1 graded, 1 agreed and 0 triangulated.");
        assertThat(page.select("#task-evaluations .ds_task-list__task-status").text()).isEqualTo("In progress");
        assertThat(page.select("#task-statement a").attr("href")).isEqualTo(base + "/position-statement");
        assertThat(page.select("#task-statement .ds_task-list__task-summary").text()).isEqualTo("7 of 5,000 words");
        int problems = statements.checks(cycle).problems().size();
        assertThat(problems).isPositive();
        assertThat(page.select("#task-checks a").first().attr("href")).isEqualTo(base + "/position-statement/checks");
        assertThat(page.select("#task-checks .ds_task-list__task-status").text()).isEqualTo(problems + " to fix");
        assertThat(page.select("#task-checks li").text()).contains("has no text");
        assertThat(page.select("#task-held .ds_task-list__task-status").text())
                .isEqualTo(heldCount == 1 ? "1 waiting" : heldCount + " waiting");
        assertThat(page.select("#task-held a").eachAttr("href"))
                .contains("/partnerships/" + PARTNERSHIP + "/evidence/" + held.documentNumber());
        assertThat(page.select("#task-overdue .ds_task-list__task-status").text()).isEqualTo("1 overdue");
        assertThat(page.select("#task-overdue a").first().attr("href")).isEqualTo(base + "/improvement-plan/progress");
        assertThat(page.select("#task-overdue li a").attr("href")).isEqualTo(base + "/improvement-plan/actions/" + action.id());
        // The rest of the home page is still there, below the task list.
        assertThat(page.select("#performance-link")).hasSize(1);
    }

    @Test
    void thePageCountsDaysPastTheDueDateAndAPassingStatementIsComplete() throws Exception {
        String lead = lead();
        Cycle cycle = cycles.start(PARTNERSHIP, null, "Late cycle " + System.nanoTime(),
                LocalDate.now(PartnershipTasks.SCOTLAND).minusDays(1), List.of("2.1"), PerspectiveKind.AGENCY, accounts.actingAs(lead));

        Document page = home(lead);

        assertThat(page.select("#task-cycle a").text()).isEqualTo(cycle.title());
        assertThat(page.select("#task-cycle .ds_task-list__task-status").text()).isEqualTo("1 day past its due date");
        assertThat(page.select("#task-evaluations .ds_task-list__task-summary").text()).isEqualTo(
                "Of the 1 quality indicator in scope: 0 drafted, 0 graded, 0 agreed and 0 triangulated.");
        assertThat(page.select("#task-evaluations .ds_task-list__task-status").text()).isEqualTo("Not started");
        assertThat(page.select("#task-statement .ds_task-list__task-status").text()).isEqualTo("Not started");
        assertThat(page.select("#task-overdue .ds_task-list__task-status").text()).isEqualTo("None overdue");
        assertThat(page.select("#task-overdue .ds_task-list__task-status--complete")).hasSize(1);
    }

    @Test
    void withoutACycleThePageSaysWhereToStartOne() throws Exception {
        String username = "home-lead-" + System.nanoTime();
        accounts.create(username, "Home Lead", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(username, "orkney", MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK, null);
        assertThat(cycles.current("orkney")).isEmpty();

        Document page = Jsoup.parse(mvc.perform(get("/partnerships/orkney").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#task-cycle a").text()).isEqualTo("Start a self-evaluation cycle");
        assertThat(page.select("#task-cycle a").attr("href")).isEqualTo("/partnerships/orkney/cycles");
        assertThat(page.select("#task-evaluations, #task-statement, #task-checks, #task-overdue")).isEmpty();
        assertThat(page.select("#task-held")).hasSize(1);
    }
}
