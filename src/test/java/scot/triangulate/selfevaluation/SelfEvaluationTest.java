package scot.triangulate.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;
import scot.triangulate.shared.NotFoundException;
import scot.triangulate.audit.AuditLog;

/** Cycles and evaluations end to end: starting, grading from two agencies, agreeing, citing, checks, API, export. */
@IntegrationTest
class SelfEvaluationTest {

    private static final String LEAD = "Bearer demo-lead-token";
    private static final String CONTRIBUTOR = "Bearer demo-contributor-token";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AuditLog audit;
    @Autowired
    private AccountService accounts;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long startCycle(String token, int expected) throws Exception {
        String body = mvc.perform(post("/api/partnerships/clackmannanshire/cycles").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Test cycle\",\"frameworkId\":\"qif-2018\",\"dueDate\":\"2026-06-30\"}"))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return expected == 201 ? json.readTree(body).get("id").asLong() : -1;
    }

    private JsonNode evaluation(long cycle, String code, String token) throws Exception {
        return json.readTree(mvc.perform(get("/api/cycles/" + cycle + "/evaluations/" + code).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aLeadStartsACycleWithTheFocusIndicatorsByDefault() throws Exception {
        long id = startCycle(LEAD, 201);
        Cycle cycle = cycles.get("clackmannanshire", id);
        assertThat(cycle.indicators()).containsExactly("2.1", "2.2", "5.1", "5.2", "5.3", "5.4", "6.2", "6.4", "8.1", "9.2", "10");
        assertThat(cycle.partnership()).isEqualTo("clackmannanshire");
        startCycle(CONTRIBUTOR, 403);
        mvc.perform(post("/api/partnerships/clackmannanshire/cycles").header("Authorization", LEAD).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Bad\",\"frameworkId\":\"qif-2018\",\"dueDate\":\"2026-06-30\",\"indicators\":[\"99.9\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("The framework has no quality indicator 99.9"));
        assertThat(audit.latestForPartnership("clackmannanshire", 20)).anyMatch(e -> e.action().equals("cycle.started"));
    }

    @Test
    void twoAgenciesGradeIndependentlyAndTheLeadAgreesTheGrade() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        var contributor = user(users.loadUserByUsername("demo-contributor"));
        var lead = user(users.loadUserByUsername("demo-lead"));
        String page = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/evaluations/5.2";

        mvc.perform(post(page + "/perspective").param("grade", "3").param("rationale", "Chronologies weak").with(csrf()).with(contributor))
                .andExpect(status().is3xxRedirection());
        // The lead's own agency has not graded yet, but leads see every grade; the contributor sees theirs and others' once given.
        mvc.perform(post(page + "/perspective").param("grade", "5").param("rationale", "Assessments timely").with(csrf()).with(lead))
                .andExpect(status().is3xxRedirection());
        Evaluation graded = evaluations.evaluation(cycle, "5.2");
        assertThat(graded.perspectiveGrades()).extracting(PerspectiveGrade::perspective, PerspectiveGrade::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COUNCIL_SOCIAL_WORK", 5), org.assertj.core.groups.Tuple.tuple("NHS_BOARD", 3));
        assertThat(graded.checks()).extracting(CheckResult::rule).contains("PERSPECTIVES_DISAGREE");

        // A contributor cannot agree the partnership grade.
        mvc.perform(post(page + "/grade").param("grade", "4").param("gradeRationale", "x").param("version", String.valueOf(graded.version()))
                .with(csrf()).with(contributor)).andExpect(status().isForbidden());
        mvc.perform(post(page + "/grade").param("grade", "4").param("gradeRationale", "Strengths outweigh weaknesses")
                .param("version", String.valueOf(graded.version())).with(csrf()).with(lead)).andExpect(status().is3xxRedirection());
        Evaluation agreed = evaluations.evaluation(cycle, "5.2");
        assertThat(agreed.grade()).isEqualTo(4);
        assertThat(agreed.checks()).extracting(CheckResult::rule).contains("GRADE_WITHOUT_EVIDENCE");

        String html = mvc.perform(get(page).with(contributor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("A grade with no evidence").contains("Not triangulated");
    }

    @Test
    void theWorkspaceLabelsTheThreeAnswersInTheWordsOfTheCyclesFramework() throws Exception {
        var lead = user(users.loadUserByUsername("demo-lead"));
        // The 2018 framework asks "How good can we be?" as its third question.
        Cycle qif2018 = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        Document page = Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/cycles/" + qif2018.id() + "/evaluations/5.2/answers")
                .with(lead)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(List.of("howGoodNow", "howDoWeKnow", "whatNext")).map(f -> page.select("label[for=" + f + "]").text())
                .containsExactly("How good are we now?", "How do we know?", "How good can we be?");
        // The workspace shows the answers under the same words, each with a link to change it.
        Document workspace = Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/cycles/" + qif2018.id() + "/evaluations/5.2")
                .with(lead)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(workspace.select("#answers-read-only dt").eachText()).startsWith("How good are we now?", "How do we know?",
                "How good can we be?");
        assertThat(workspace.select("#answers-read-only .ds_summary-list__actions a").first().attr("href"))
                .isEqualTo("/partnerships/clackmannanshire/cycles/" + qif2018.id() + "/evaluations/5.2/answers#howGoodNow");

        // A framework whose file gives no questions keeps the usual three.
        String body = mvc.perform(post("/api/partnerships/clackmannanshire/cycles").header("Authorization", LEAD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"2012 cycle\",\"frameworkId\":\"qif-2012\",\"dueDate\":\"2026-06-30\",\"indicators\":[\"5.2\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long qif2012 = json.readTree(body).get("id").asLong();
        Document older = Jsoup.parse(mvc.perform(get("/partnerships/clackmannanshire/cycles/" + qif2012 + "/evaluations/5.2/answers")
                .with(lead)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(List.of("howGoodNow", "howDoWeKnow", "whatNext")).map(f -> older.select("label[for=" + f + "]").text())
                .containsExactly("How good are we now?", "How do we know?", "What do we plan to do next?");
    }

    @Test
    void aRecordReaderReadsTheEvaluationButChangesNothing() throws Exception {
        if (accounts.find("evaluation-reader").isEmpty()) {
            accounts.create("evaluation-reader", "Evaluation reader", null, "a long enough password", java.util.Set.of());
            accounts.addMembership("evaluation-reader", "clackmannanshire", MembershipRole.RECORD_READER,
                    Agency.POLICE_SCOTLAND, "Police Scotland");
        }
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        String page = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/evaluations/2.1";
        var lead = user(users.loadUserByUsername("demo-lead"));
        var reader = user(users.loadUserByUsername("evaluation-reader"));
        evaluations.saveAnswers(cycle, "2.1", new Answers("Children are seen promptly.", "", "", "", "", ""),
                evaluations.evaluation(cycle, "2.1").version(), accounts.actingAs("demo-lead"));
        Evaluation before = evaluations.evaluation(cycle, "2.1");

        Document html = Jsoup.parse(mvc.perform(get(page).with(reader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(html.select("#answers-read-only").text()).contains("Children are seen promptly.");
        assertThat(html.select("#reader-notice")).hasSize(1);
        assertThat(html.select("main form[method=post]")).as("forms offered to a reader").isEmpty();
        assertThat(html.select("#answers-read-only .ds_summary-list__actions, #answer-questions")).as("change links").isEmpty();
        mvc.perform(get(page + "/answers").with(reader)).andExpect(status().isForbidden());

        mvc.perform(post(page).param("howGoodNow", "Overwritten").param("version", String.valueOf(before.version()))
                .with(csrf()).with(reader)).andExpect(status().isForbidden());
        mvc.perform(post(page + "/perspective").param("grade", "2").param("rationale", "x").with(csrf()).with(reader))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/citations").param("number", "D001").param("point", "x").with(csrf()).with(reader))
                .andExpect(status().isForbidden());
        Evaluation after = evaluations.evaluation(cycle, "2.1");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.perspectiveGrades()).isEmpty();
        assertThat(after.citations()).isEmpty();

        // The lead's page still offers its forms.
        Document leads = Jsoup.parse(mvc.perform(get(page).with(lead)).andReturn().getResponse().getContentAsString());
        assertThat(leads.select("main form[method=post]")).isNotEmpty();
        assertThat(leads.select("#reader-notice")).isEmpty();
        assertThat(leads.select("#answer-questions").attr("href")).isEqualTo(page + "/answers");
        // The answers are changed on a page of their own, so no other form of the workspace can lose them.
        assertThat(leads.select("textarea#howGoodNow")).isEmpty();
        Document answers = Jsoup.parse(mvc.perform(get(page + "/answers").with(lead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(answers.select("#answers-form textarea#howGoodNow").text()).isEqualTo("Children are seen promptly.");
        assertThat(answers.select("main form[method=post]")).hasSize(1);
    }

    @Test
    void heldEvidenceCannotBeCitedAndACitationThatBecomesHeldIsACheck() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        String page = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/evaluations/2.1";
        var lead = user(users.loadUserByUsername("demo-lead"));
        evaluations.cite(cycle, "2.1", "D001", "Chronologies audited", accounts.actingAs("demo-lead"));
        assertThat(evaluations.evaluation(cycle, "2.1").checks()).extracting(CheckResult::rule)
                .doesNotContain("CITATION_NOT_EVIDENCE");

        // Screening holds D002 and D001 (as a new finding on their current versions would).
        List<Long> findings = jdbc.sql("""
                insert into screening_finding (version_id, kind, line, excerpt)
                select current_version_id, 'CHI_NUMBER', 1, '••••••••37' from evidence_item
                 where partnership = 'clackmannanshire' and number in (1, 2)
                returning id
                """).query(Long.class).list();
        try {
            assertThat(findings).hasSize(2);
            mvc.perform(post(page + "/citations").param("number", "D002").param("point", "Minutes").with(csrf()).with(lead))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute("citationProblem", "evaluation.evidence.held"));
            mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/2.1").header("Authorization", LEAD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"evidence\":[{\"number\":\"D002\",\"point\":\"Minutes\"}],\"version\":"
                                    + evaluations.evaluation(cycle, "2.1").version() + "}"))
                    .andExpect(status().isUnprocessableEntity());
            Evaluation held = evaluations.evaluation(cycle, "2.1");
            assertThat(held.citations()).extracting(Citation::documentNumber).containsExactly("D001");
            CheckResult check = held.checks().stream().filter(c -> c.rule().equals("CITATION_NOT_EVIDENCE")).findFirst()
                    .orElseThrow();
            assertThat(check.arguments()).containsExactly("D001", "");

            Document html = Jsoup.parse(mvc.perform(get(page).with(lead)).andReturn().getResponse().getContentAsString());
            assertThat(html.select("#number option").eachAttr("value")).doesNotContain("D001", "D002").contains("D003");
            assertThat(html.select("main table").text()).contains("Held");
            assertThat(html.select("main").text()).contains("Cited evidence that cannot be used");
        } finally {
            jdbc.sql("delete from screening_finding where id in (:ids)").param("ids", findings).update();
        }
        assertThat(evaluations.evaluation(cycle, "2.1").checks()).extracting(CheckResult::rule)
                .doesNotContain("CITATION_NOT_EVIDENCE");
    }

    @Test
    void aGradeWithoutALevelIsRefusedWithAnErrorSummary() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        var contributor = user(users.loadUserByUsername("demo-contributor"));
        String page = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/evaluations/2.2";
        // Flash attributes live in the session, which Spring Session keeps in PostgreSQL behind a cookie.
        var posted = mvc.perform(post(page + "/perspective").param("rationale", "no level chosen").with(csrf()).with(contributor))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String html = mvc.perform(get(page).cookie(posted.getCookies()).with(contributor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem").contains("href=\"#perspective-grade-6\"").contains("Choose a grade");
        assertThat(evaluations.evaluation(cycle, "2.2").perspectiveGrades()).isEmpty();
    }

    @Test
    void anUntriangulatedGradeIsFixedByCitingEvidence() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        evaluations.cite(cycle, "6.4", "D009", "Audit of chronologies", accounts.actingAs("demo-lead"));
        JsonNode before = evaluation(cycle.id(), "6.4", CONTRIBUTOR);
        assertThat(before.get("triangulation").get("triangulated").asBoolean()).isFalse();
        assertThat(before.get("triangulation").get("sourceTypes")).extracting(JsonNode::asText).containsExactly("OBSERVATION_AND_AUDIT");

        JsonNode after = json.readTree(mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/6.4").header("Authorization", LEAD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\":5,\"strengths\":\"Data reviewed quarterly\",\"areasForImprovement\":\"Outcome measures\","
                                + "\"evidence\":[\"D009\",{\"number\":\"D005\",\"point\":\"IRD to conference 81%\"},\"D020\"],\"version\":"
                                + before.get("version").asInt() + "}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.get("triangulation").get("triangulated").asBoolean()).isTrue();
        assertThat(after.get("grade").asInt()).isEqualTo(5);
        assertThat(after.get("evidence")).hasSize(3);
        assertThat(after.get("checks")).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        int version = evaluations.evaluation(cycle, "9.2").version();
        evaluations.saveAnswers(cycle, "9.2", new Answers("First", "", "", "", "", ""), version, accounts.actingAs("demo-lead"));
        mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/9.2").header("Authorization", CONTRIBUTOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\":\"Second\",\"version\":" + version + "}"))
                .andExpect(status().isConflict());
        assertThat(evaluations.evaluation(cycle, "9.2").strengths()).isEmpty();

        // The page keeps the second writer's text beside the saved one.
        var contributor = user(users.loadUserByUsername("demo-contributor"));
        String location = mvc.perform(post("/partnerships/clackmannanshire/cycles/" + cycle.id() + "/evaluations/9.2")
                        .param("howGoodNow", "My own words").param("version", String.valueOf(version)).with(csrf()).with(contributor))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("/evaluations/9.2");
        assertThat(evaluations.evaluation(cycle, "9.2").howGoodNow()).isEqualTo("First");
    }

    @Test
    void aContributorCannotChangeThePartnershipGradeThroughTheApi() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        int version = evaluations.evaluation(cycle, "2.2").version();
        mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/2.2").header("Authorization", CONTRIBUTOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":6,\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
        assertThat(evaluations.evaluation(cycle, "2.2").grade()).isNull();
    }

    @Test
    void theServiceFindsACycleOnlyForThoseWhoMaySeeIt() throws Exception {
        long id = startCycle(LEAD, 201);
        assertThatThrownBy(() -> cycles.get(id, signedIn("demo-other-lead"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cycles.get(id, signedIn("demo-inspector"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cycles.get(id, null)).isInstanceOf(NotFoundException.class);
        assertThat(cycles.get(id, signedIn("demo-contributor")).id()).isEqualTo(id);
        assertThat(cycles.get(id, signedIn("demo-admin")).id()).isEqualTo(id);
    }

    private Authentication signedIn(String username) {
        UserDetails person = users.loadUserByUsername(username);
        return new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities());
    }

    @Test
    void anotherPartnershipCannotReachTheCycle() throws Exception {
        long id = startCycle(LEAD, 201);
        mvc.perform(get("/api/cycles/" + id + "/evaluations/2.1").header("Authorization", "Bearer demo-other-lead-token"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/stirling/cycles/" + id).with(user(users.loadUserByUsername("demo-other-lead"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cycles/999999/evaluations/2.1").header("Authorization", LEAD)).andExpect(status().isNotFound());
        mvc.perform(get("/api/cycles/not-a-number/evaluations/2.1").header("Authorization", LEAD)).andExpect(status().isNotFound());
    }

    @Test
    void theSummaryShowsGradesSpreadAndTriangulationAndExportsAsXlsx() throws Exception {
        Cycle cycle = cycles.get("clackmannanshire", startCycle(LEAD, 201));
        evaluations.gradeFromPerspective(cycle, "2.1", null, 4, "", accounts.actingAs("demo-contributor"));
        evaluations.gradeFromPerspective(cycle, "2.1", null, 2, "", accounts.actingAs("demo-lead"));
        var contributor = user(users.loadUserByUsername("demo-contributor"));
        String html = mvc.perform(get("/partnerships/clackmannanshire/cycles/" + cycle.id()).with(contributor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("NHS board: Good").contains("Council social work: Weak").contains("Views differ by two levels or more");
        byte[] xlsx = mvc.perform(get("/partnerships/clackmannanshire/cycles/" + cycle.id() + "/summary.xlsx").with(contributor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Quality indicator");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2.1");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void rolesRateTheCharacteristicsOfGoodAndDifferencesAreCalledOut() {
        Cycle cycle = cycles.start("clackmannanshire", "cib-good-2013", "What good looks like", LocalDate.of(2026, 5, 1),
                List.of(), PerspectiveKind.ROLE, accounts.actingAs("demo-lead"));
        assertThat(cycle.indicators()).hasSizeGreaterThan(40).contains("political.1", "outcomes.1");
        evaluations.gradeFromPerspective(cycle, "political.1", LeadershipRole.LEAD_MEMBER, 5, "", accounts.actingAs("demo-lead"));
        evaluations.gradeFromPerspective(cycle, "political.1", LeadershipRole.CHIEF_EXECUTIVE, 3, "", accounts.actingAs("demo-lead"));
        evaluations.gradeFromPerspective(cycle, "political.1", LeadershipRole.DIRECTOR_OF_CHILDRENS_SERVICES, 4, "", accounts.actingAs("demo-lead"));
        Evaluation rated = evaluations.evaluation(cycle, "political.1");
        assertThat(rated.spread()).isEqualTo(2);
        assertThat(rated.checks()).extracting(CheckResult::rule).containsExactly("PERSPECTIVES_DISAGREE");
    }

    @Test
    void theDemoCycleIsInProgress() {
        Cycle demo = cycles.cycles("clackmannanshire").stream()
                .filter(c -> c.title().equals("Self-evaluation for the joint inspection")).findFirst().orElseThrow();
        assertThat(evaluations.evaluation(demo, "2.1").perspectiveGrades()).hasSize(2);
        assertThat(evaluations.evaluation(demo, "2.1").triangulation().triangulated()).isTrue();
        assertThat(evaluations.evaluation(demo, "5.2").triangulation().triangulated()).isFalse();
    }
}
