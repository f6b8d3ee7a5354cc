package scot.triangulate.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;

/**
 * Blind grading, the rule that an agency does not see the others' grades of an indicator until it has given its own
 * (leads see them all), holds in the service and therefore on every page, export and API answer that shows grades.
 */
@IntegrationTest
class BlindGradingTest {

    private static final String PARTNERSHIP = "clackmannanshire";
    /** Reasons only the two agencies that graded wrote: nobody who has not graded may read them anywhere. */
    private static final String HEALTH_REASON = "Health visitors see every family within ten days";
    private static final String COUNCIL_REASON = "Plans are reviewed late in one case in three";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private FrameworkCatalogue frameworks;
    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService users;

    private Cycle cycle;
    private String education;
    private String reader;

    @BeforeEach
    void twoAgenciesHaveGradedAndAThirdHasNot() {
        cycle = cycles.start(PARTNERSHIP, null, "Blind grading " + System.nanoTime(),
                LocalDate.now().plusMonths(2), List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-lead"));
        education = member("blind-education-", MembershipRole.CONTRIBUTOR, Agency.EDUCATION);
        reader = member("blind-reader-", MembershipRole.RECORD_READER, Agency.OTHER);
        evaluations.gradeFromPerspective(cycle, "2.1", null, 6, HEALTH_REASON, accounts.actingAs("demo-contributor"));
        evaluations.gradeFromPerspective(cycle, "2.1", null, 2, COUNCIL_REASON, accounts.actingAs("demo-lead"));
    }

    private String member(String prefix, MembershipRole role, Agency agency) {
        String username = prefix + System.nanoTime();
        accounts.create(username, "Blind grading member", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        accounts.addMembership(username, PARTNERSHIP, role, agency, null);
        return username;
    }

    @Test
    void theServiceShowsTheGradesOnlyToLeadsAndToThoseWhoseAgencyHasGraded() {
        Evaluation unseen = evaluations.evaluation(cycle, "2.1", accounts.actingAs(education));
        assertThat(unseen.perspectiveGrades()).isEmpty();
        assertThat(unseen.hiddenGrades()).isEqualTo(2);
        assertThat(unseen.spread()).isZero();
        assertThat(unseen.checks()).extracting(CheckResult::rule).doesNotContain("PERSPECTIVES_DISAGREE");
        assertThat(evaluations.evaluation(cycle, "2.1", accounts.actingAs(reader)).perspectiveGrades()).isEmpty();

        for (String sees : List.of("demo-lead", "demo-contributor", "demo-admin")) {
            Evaluation seen = evaluations.evaluation(cycle, "2.1", accounts.actingAs(sees));
            assertThat(seen.perspectiveGrades()).as(sees).extracting(PerspectiveGrade::perspective)
                    .containsExactlyInAnyOrder("NHS_BOARD", "COUNCIL_SOCIAL_WORK");
            assertThat(seen.hiddenGrades()).isZero();
            assertThat(seen.checks()).extracting(CheckResult::rule).contains("PERSPECTIVES_DISAGREE");
        }

        CycleSummary summary = evaluations.summary(cycle, frameworks.framework(cycle.frameworkId()), accounts.actingAs(education));
        Evaluation row = summary.rows().stream().filter(r -> r.code().equals("2.1")).findFirst().orElseThrow().evaluation();
        assertThat(row.perspectiveGrades()).isEmpty();
        assertThat(row.hiddenGrades()).isEqualTo(2);

        evaluations.gradeFromPerspective(cycle, "2.1", null, 4, "", accounts.actingAs(education));
        assertThat(evaluations.evaluation(cycle, "2.1", accounts.actingAs(education)).perspectiveGrades()).hasSize(3);
        assertThat(evaluations.evaluation(cycle, "2.2", accounts.actingAs(education)).hiddenGrades()).isZero();
    }

    @Test
    void noPageExportOrApiAnswerShowsAGradeToSomeoneWhoHasNotGraded() throws Exception {
        for (String person : List.of(education, reader)) {
            var as = user(users.loadUserByUsername(person));
            String base = "/partnerships/" + PARTNERSHIP + "/cycles/" + cycle.id();
            List<String> answers = List.of(
                    body(get(base).with(as)),
                    body(get(base + "/evaluations/2.1").with(as)),
                    body(get(base + "/evaluations/10").with(as)),
                    body(get("/api/cycles/" + cycle.id() + "/evaluations/2.1").with(as)),
                    spreadsheet(mvc.perform(get(base + "/summary.xlsx").with(as)).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsByteArray()));
            for (String answer : answers) {
                assertThat(answer).as(person).doesNotContain(HEALTH_REASON, COUNCIL_REASON, "NHS board: Excellent",
                        "Council social work: Weak", "NHS_BOARD", "COUNCIL_SOCIAL_WORK: ", "Views differ");
            }
            assertThat(answers.get(0)).contains("2 grades, shown once you have given yours");
            assertThat(answers.get(1)).contains("2 grades given so far. They show once you have given yours.");
            assertThat(answers.get(3)).contains("\"perspectives\":[]", "\"hiddenGrades\":2");
            assertThat(answers.get(4)).contains("2 grades, shown once you have given yours");
        }

        var lead = user(users.loadUserByUsername("demo-lead"));
        String page = body(get("/partnerships/" + PARTNERSHIP + "/cycles/" + cycle.id()).with(lead));
        assertThat(page).contains("NHS board: Excellent", "Council social work: Weak", "Views differ");
        assertThat(body(get("/api/cycles/" + cycle.id() + "/evaluations/2.1").with(lead)))
                .contains(HEALTH_REASON, COUNCIL_REASON, "\"hiddenGrades\":0");
    }

    @Test
    void leadOnlyActionsAreRefusedByTheServiceWhateverAsksForThem() throws Exception {
        int version = evaluations.evaluation(cycle, "2.1").version();
        assertThatThrownBy(() -> evaluations.agreeGrade(cycle, "2.1", 4, "We agree", version,
                accounts.actingAs("demo-contributor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.save(cycle, "2.1", 4, "", "", null, version,
                accounts.actingAs("demo-contributor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycles.start(PARTNERSHIP, null, "Not mine to start",
                LocalDate.now().plusMonths(1), List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-contributor")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.saveAnswers(cycle, "2.1", new Answers("A reader wrote this", "", "", "", "", ""),
                version, accounts.actingAs(reader))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.gradeFromPerspective(cycle, "2.2", null, 3, "", accounts.actingAs(reader)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.cite(cycle, "2.1", "D001", "", accounts.actingAs("demo-other-lead")))
                .isInstanceOf(AccessDeniedException.class);

        // The API says the same as the service: a contributor changes the answers but not the partnership grade.
        mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/2.1").header("Authorization", "Bearer demo-contributor-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":4,\"strengths\":\"\",\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/cycles/" + cycle.id() + "/evaluations/2.1").header("Authorization", "Bearer demo-contributor-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"strengths\":\"Quick visits\",\"version\":" + version + "}"))
                .andExpect(status().isOk());
        Evaluation after = evaluations.evaluation(cycle, "2.1");
        assertThat(after.grade()).isNull();
        assertThat(after.strengths()).isEqualTo("Quick visits");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String spreadsheet(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        return String.join("\n", cells);
    }
}
