package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import scot.triangulate.identity.AccountService;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.ScreenedText;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.improvement.PdsaDetails;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;

/**
 * Personal-data screening of written work outside evidence: position statement sections, evaluation answers and
 * cited points, improvement actions and PDSA notes. The text is saved, the findings are shown beside it, a lead
 * clears them with a reason, and unresolved findings stop the position statement being submitted.
 */
@IntegrationTest
class WrittenWorkScreeningTest {

    private static final String LEAD = PositionStatementApiTest.LEAD;
    private static final String CONTRIBUTOR = PositionStatementApiTest.CONTRIBUTOR;
    /** A CHI number with a valid modulus 11 check digit (Public Health Scotland's documented example). */
    private static final String CHI = "0101011237";
    private static final String PERSONAL = "Mrs Kerr, DOB 03/04/1985, CHI " + CHI + ", phone 07700 900123, lives at FK10 1EB.";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CycleService cycles;

    @Autowired
    private AccountService accounts;
    @Autowired
    private PositionStatementService statements;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private ImprovementPlans plans;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CoreDocuments coreDocuments;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AuditLog audit;

    private Cycle cycle;
    private String base;

    @BeforeEach
    void setUp() {
        cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        base = "/partnerships/clackmannanshire/cycles/" + cycle.id();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(String path, String token) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn(token))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Every section passing its checks, citing a cleared document. */
    private void writePassingStatement() {
        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
        String cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Plan " + PositionStatementTestData.unique())
                .documentNumber();
        PositionStatementTestData.passingSections(cited).forEach((key, text) ->
                statements.save(cycle, key, text, statements.section(cycle, key).version(), "demo-lead"));
    }

    @Test
    void aSectionWithPersonalDataIsSavedHeldBesideTheFieldAndStopsSubmissionUntilALeadClearsIt() throws Exception {
        writePassingStatement();
        String section = base + "/position-statement/sections/involvement";
        String text = "Children's views shape their plans. " + PERSONAL;
        mvc.perform(post(section).param("text", text).param("version", String.valueOf(statements.section(cycle, "involvement").version()))
                        .with(signedIn(CONTRIBUTOR)))
                .andExpect(redirectedUrl(section + "#screening-text"));
        assertThat(statements.section(cycle, "involvement").text()).isEqualTo(text);

        Document asContributor = page(section, CONTRIBUTOR);
        assertThat(asContributor.select("#screening-text.ds_warning-text").text())
                .contains("CHI number", "••••••••37", "Phone number").doesNotContain("07700 900123");
        assertThat(asContributor.select("#screening-findings form")).isEmpty();
        assertThat(asContributor.select("#screening-findings").text()).contains("A partnership lead can clear this.");
        Document asLead = page(section, LEAD);
        assertThat(asLead.select("#screening-findings form[action*=/screening/findings/]")).isNotEmpty();

        Document checks = page(base + "/position-statement/checks", CONTRIBUTOR);
        assertThat(checks.select("#problem-list li[data-code=personal-data]")).hasSize(1);
        assertThat(checks.select("#problem-list li[data-code=personal-data]").text()).contains("involvement and feedback");
        assertThat(checks.select("#problem-list li[data-code=personal-data] a").attr("href")).isEqualTo(section + "#screening-findings");
        mvc.perform(post(base + "/position-statement/submit").with(signedIn(LEAD)))
                .andExpect(redirectedUrl(base + "/position-statement/checks"));
        assertThat(statements.submissions(cycle)).isEmpty();

        ScreenedText found = statements.screened(cycle, "involvement");
        long first = found.all().get(0).id();
        mvc.perform(post("/partnerships/clackmannanshire/screening/findings/" + first + "/clear").param("reason", "x")
                .with(csrf()).with(as("demo-contributor"))).andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/stirling/screening/findings/" + first + "/clear").param("reason", "x")
                .with(csrf()).with(as("demo-other-lead"))).andExpect(status().isNotFound());
        mvc.perform(post("/partnerships/clackmannanshire/screening/findings/" + first + "/clear").param("reason", " ")
                        .with(csrf()).with(as("demo-lead")))
                .andExpect(redirectedUrl(section + "#screening-finding-" + first))
                .andExpect(flash().attribute("screeningProblemKey", "finding.reason.required"));
        for (ScreenedText.Finding finding : found.all()) {
            mvc.perform(post("/partnerships/clackmannanshire/screening/findings/" + finding.id() + "/clear")
                            .param("reason", "Invented for a training example").with(csrf()).with(as("demo-lead")))
                    .andExpect(redirectedUrl(section + "#screening-findings"));
        }
        assertThat(statements.screened(cycle, "involvement").all()).allMatch(ScreenedText.Finding::cleared);
        assertThat(audit.latestForPartnership("clackmannanshire", 40)).anyMatch(e -> e.action().equals("screening.finding-cleared")
                && e.actor().equals("demo-lead") && e.afterState().contains("training example"));
        assertThat(page(section, CONTRIBUTOR).select("#screening-findings").text()).contains("Cleared by demo-lead");

        mvc.perform(post(base + "/position-statement/submit").with(signedIn(LEAD)))
                .andExpect(redirectedUrl(base + "/position-statement")).andExpect(flash().attribute("submitted", 1));
    }

    @Test
    void changingTheTextReplacesItsFindings() {
        statements.save(cycle, "context", "Our area. " + PERSONAL, 0, "demo-contributor");
        ScreenedText held = statements.screened(cycle, "context");
        assertThat(held.held("text")).isTrue();
        assertThat(statements.checks(cycle).problems()).anyMatch(p -> p.code().equals(Problem.PERSONAL_DATA));

        statements.save(cycle, "context", "Our area is rural, with three towns.", statements.section(cycle, "context").version(),
                "demo-contributor");
        assertThat(statements.screened(cycle, "context").isEmpty()).isTrue();
        assertThat(statements.checks(cycle).problems()).noneMatch(p -> p.code().equals(Problem.PERSONAL_DATA));
    }

    @Test
    void evaluationAnswersAndCitedPointsAreScreened() throws Exception {
        int version = evaluations.evaluation(cycle, "2.1").version();
        evaluations.saveAnswers(cycle, "2.1", new Answers("Most children are seen quickly. " + PERSONAL, "", "", "", "", ""),
                version, accounts.actingAs("demo-contributor"));
        String cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Audit " + PositionStatementTestData.unique())
                .documentNumber();
        evaluations.cite(cycle, "2.1", cited, "The audit names Mrs Kerr, CHI " + CHI, accounts.actingAs("demo-contributor"));

        ScreenedText screened = evaluations.screened(cycle, "2.1");
        assertThat(screened.held("howGoodNow")).isTrue();
        assertThat(screened.held("point-" + cited)).isTrue();
        Document workspace = page(base + "/evaluations/2.1", CONTRIBUTOR);
        assertThat(workspace.select("#screening-howGoodNow.ds_warning-text").text()).contains("CHI number");
        assertThat(workspace.select("#screening-point-" + cited).text()).contains("CHI number");
        assertThat(workspace.select("#screening-findings").text()).contains("••••••••37");
        Document answers = page(base + "/evaluations/2.1/answers", CONTRIBUTOR);
        assertThat(answers.select("#screening-howGoodNow.ds_warning-text").text()).contains("CHI number");
        assertThat(answers.select("#screening-findings").text()).contains("••••••••37");
        Document checks = page(base + "/position-statement/checks", CONTRIBUTOR);
        assertThat(checks.select("#problem-list li[data-code=personal-data]").text()).contains("QI 2.1");
        assertThat(checks.select("#problem-list li[data-code=personal-data] a").attr("href"))
                .isEqualTo(base + "/evaluations/2.1#screening-findings");

        evaluations.uncite(cycle, "2.1", scot.triangulate.evidence.DocumentNumber.parse(cited).orElseThrow(), accounts.actingAs("demo-contributor"));
        assertThat(evaluations.screened(cycle, "2.1").field("point-" + cited)).isEmpty();
    }

    @Test
    void improvementActionsAndPdsaNotesAreScreened() throws Exception {
        ImprovementAction action = plans.create(cycle, new ActionDetails("Review the plan for " + PERSONAL, "", null, null,
                null, null, null, null, null, null, null, ActionStatus.NOT_STARTED), "demo-contributor");
        plans.addPdsa(cycle, action.id(), new PdsaDetails("Test a new checklist", "", "Mrs Kerr rang on 07700 900123.", "",
                null, null), "demo-contributor");

        ScreenedText screened = plans.screened(cycle, action.id());
        assertThat(screened.held("description")).isTrue();
        assertThat(screened.held("pdsa-1-study")).isTrue();
        assertThat(screened.held("pdsa-1-plan")).isFalse();
        String path = base + "/improvement-plan/actions/" + action.id();
        Document page = page(path, CONTRIBUTOR);
        assertThat(page.select("#screening-description.ds_warning-text").text()).contains("CHI number");
        assertThat(page.select("#screening-pdsa-1-study.ds_warning-text").text()).contains("Phone number");
        Document checks = page(base + "/position-statement/checks", CONTRIBUTOR);
        assertThat(checks.select("#problem-list li[data-code=personal-data] a").attr("href")).isEqualTo(path + "#screening-findings");

        plans.save(cycle, action.id(), new ActionDetails("Review the plan", "", null, null, null, null, null, null, null,
                null, null, ActionStatus.NOT_STARTED), plans.action(cycle, action.id()).version(), "demo-contributor");
        assertThat(plans.screened(cycle, action.id()).field("description")).isEmpty();
        assertThat(plans.screened(cycle, action.id()).held("pdsa-1-study")).isTrue();
    }

    /** Pages take a signed-in session and its CSRF token (API tokens open the API only): the token's owner. */
    private RequestPostProcessor signedIn(String token) {
        String username = token.substring("Bearer ".length(), token.length() - "-token".length());
        RequestPostProcessor person = SecurityMockMvcRequestPostProcessors.user(pageUsers.loadUserByUsername(username));
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(person.postProcessRequest(request));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.security.core.userdetails.UserDetailsService pageUsers;
}
