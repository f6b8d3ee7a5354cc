package scot.triangulate.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.identity.AccountService;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/** Improvement plans through their pages: actions, SMART check, conflicts, PDSA cycles, progress, exports, access. */
@IntegrationTest
class ImprovementPlanTest {

    private static final String IRD = "ird-to-planning-meeting";
    private static final String SPECIFIC = "Hold every initial child protection planning meeting within 28 days of the IRD";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CycleService cycles;

    @Autowired
    private AccountService accounts;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private ImprovementPlans plans;
    @Autowired
    private IndicatorValues values;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AuditLog audit;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Clackmannanshire's demo lead; in a partnership with no demo people, an administrator. */
    private org.springframework.security.core.Authentication lead(String partnership) {
        return accounts.actingAs(partnership.equals("clackmannanshire") ? "demo-lead" : "demo-admin");
    }

    /** A fresh cycle with areas for improvement written for QI 2.1 and 5.2. */
    private Cycle cycle(String partnership) {
        Cycle cycle = cycles.start(partnership, null, "Improvement test", LocalDate.now().plusMonths(3),
                List.of(), PerspectiveKind.AGENCY, lead(partnership));
        area(cycle, "2.1", "Pathway planning starts too late for some young people.");
        area(cycle, "5.2", "Chronologies rarely analyse the impact of events on the child.");
        return cycle;
    }

    private void area(Cycle cycle, String code, String text) {
        int version = evaluations.evaluation(cycle, code).version();
        evaluations.saveAnswers(cycle, code, new Answers("", "", "", "", text, ""), version, lead(cycle.partnership()));
    }

    private static String plan(Cycle cycle) {
        return "/partnerships/" + cycle.partnership() + "/cycles/" + cycle.id() + "/improvement-plan";
    }

    private MockHttpServletRequestBuilder actionPost(String path, String... fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private String html(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anAreaForImprovementBecomesAnActionWithItsSmartCheck() throws Exception {
        Cycle cycle = cycle("clackmannanshire");
        String page = html(plan(cycle), "demo-contributor");
        assertThat(page).contains("Pathway planning starts too late").contains("Create an action from this area")
                .contains("There are no actions in the plan yet.");
        String form = html(plan(cycle) + "/actions/new?area=2", "demo-contributor");
        assertThat(form).contains("From the area for improvement for QI 5.2:")
                .contains("Chronologies rarely analyse the impact of events on the child.")
                .contains("<option value=\"5.2\" selected=\"selected\">");
        mvc.perform(get(plan(cycle) + "/actions/new?area=9").with(as("demo-contributor"))).andExpect(status().isNotFound());

        String location = mvc.perform(actionPost(plan(cycle) + "/actions/new", "description", "Review and improve chronologies",
                        "qualityIndicator", "5.2", "areaIndicator", "5.2",
                        "areaText", "Chronologies rarely analyse the impact of events on the child.", "status", "NOT_STARTED")
                        .with(as("demo-contributor")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ImprovementAction action = plans.actions(cycle).get(0);
        assertThat(location).endsWith("/improvement-plan/actions/" + action.id());
        assertThat(action.areaText()).isEqualTo("Chronologies rarely analyse the impact of events on the child.");
        assertThat(action.smart().failedInitials()).isEqualTo("SMAT");

        String view = html(location, "demo-contributor");
        assertThat(view).contains("Not yet SMART: Specific, Measurable, Achievable, Time-bound")
                .contains("The description has 4 words: say in at least 8 what will change, for whom and how.")
                .contains("No indicator is linked, so there is no way to measure the change.")
                .contains("Name the person who owns the action and their agency.").contains("Give a due date.");
        assertThat(html(plan(cycle), "demo-contributor")).contains("Review and improve chronologies")
                .contains("Not yet SMART: Specific, Measurable, Achievable, Time-bound");
        assertThat(audit.latestForPartnership("clackmannanshire", 20))
                .anyMatch(e -> e.action().equals("improvement-action.created") && e.subjectId().equals(String.valueOf(action.id())));
    }

    @Test
    void editingFixesTheCheckAndAStaleVersionIsRefusedVisibly() throws Exception {
        Cycle cycle = cycle("clackmannanshire");
        ImprovementAction action = plans.create(cycle, new ActionDetails("Improve things", "", null, null, null, null, null,
                null, null, null, null, null), "demo-lead");
        String path = plan(cycle) + "/actions/" + action.id();
        String due = LocalDate.now().plusMonths(6).toString();
        mvc.perform(actionPost(path, "description", SPECIFIC, "ownerName", "Kirsty Paterson", "ownerAgency", "COUNCIL_SOCIAL_WORK",
                        "ownerAgencyName", "Clackmannanshire Council", "dueDate", due, "qualityIndicator", "5.1",
                        "indicatorCode", IRD, "baseline", "78.5", "target", "90", "status", "IN_PROGRESS",
                        "version", String.valueOf(action.version())).with(as("demo-lead")))
                .andExpect(status().is3xxRedirection());
        ImprovementAction saved = plans.action(cycle, action.id());
        assertThat(saved.smart().smart()).isTrue();
        assertThat(saved.baseline()).isEqualByComparingTo("78.5");
        assertThat(saved.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(html(path, "demo-lead")).contains("SMART: meets all five");

        // A second person still holding the first version: refused, their text kept, the saved action unchanged.
        String conflict = mvc.perform(actionPost(path, "description", "Something else entirely that overwrites the plan",
                        "version", String.valueOf(action.version())).with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("There is a problem").contains("Someone else saved this action since you opened it")
                .contains("Something else entirely that overwrites the plan")
                .contains("name=\"version\" value=\"" + saved.version() + "\"");
        assertThat(plans.action(cycle, action.id()).description()).isEqualTo(SPECIFIC);
        assertThat(audit.latestForPartnership("clackmannanshire", 20))
                .anyMatch(e -> e.action().equals("improvement-action.saved") && e.subjectId().equals(String.valueOf(action.id())));
    }

    @Test
    void badInputIsRefusedWithAnErrorSummaryAndChangesNothing() throws Exception {
        Cycle cycle = cycle("clackmannanshire");
        String page = mvc.perform(actionPost(plan(cycle) + "/actions/new", "description", " ", "dueDate", "31/02/2026",
                        "baseline", "lots").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#dueDate\"").contains("href=\"#baseline\"")
                .contains("Enter a real date, for example 31 3 2026").contains("Enter a number, for example 72.5");
        page = mvc.perform(actionPost(plan(cycle) + "/actions/new", "description", " ").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#description\"").contains("Enter what will change");
        page = mvc.perform(actionPost(plan(cycle) + "/actions/new", "description", SPECIFIC, "indicatorCode", "no-such-indicator")
                        .with(as("demo-lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#indicatorCode\"");
        page = mvc.perform(actionPost(plan(cycle) + "/actions/new", "description", SPECIFIC, "qualityIndicator", "99.9",
                        "target", "5").with(as("demo-lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem");
        assertThat(plans.actions(cycle)).isEmpty();

        ImprovementAction action = plans.create(cycle, new ActionDetails(SPECIFIC, "", null, null, null, null, null, null,
                null, null, null, null), "demo-lead");
        String path = plan(cycle) + "/actions/" + action.id();
        page = mvc.perform(actionPost(path, "description", "", "version", String.valueOf(action.version())).with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#description\"");
        page = mvc.perform(actionPost(path + "/pdsa", "plan", "", "startDate", "2026-13-01").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#startDate\"");
        page = mvc.perform(actionPost(path + "/pdsa", "plan", " ").with(as("demo-lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#plan\"").contains("Enter the plan");
        assertThat(plans.action(cycle, action.id())).isEqualTo(action);
    }

    @Test
    void pdsaCyclesAreNumberedEditedAndGuardedAgainstOverwriting() throws Exception {
        Cycle cycle = cycle("clackmannanshire");
        ImprovementAction action = plans.create(cycle, new ActionDetails(SPECIFIC, "", null, null, null, null, null, null,
                null, null, null, null), "demo-lead");
        String path = plan(cycle) + "/actions/" + action.id();
        mvc.perform(actionPost(path + "/pdsa", "plan", "Book meetings at the IRD for a month", "startDate", "2025-01-06",
                "endDate", "2025-02-03").with(as("demo-lead"))).andExpect(status().is3xxRedirection());
        mvc.perform(actionPost(path + "/pdsa", "plan", "Spread the booking prompt to all teams").with(as("demo-contributor")))
                .andExpect(status().is3xxRedirection());
        List<PdsaCycle> pdsa = plans.action(cycle, action.id()).pdsaCycles();
        assertThat(pdsa).extracting(PdsaCycle::number).containsExactly(1, 2);

        mvc.perform(actionPost(path + "/pdsa/1", "plan", "Book meetings at the IRD for a month", "doing", "Ten booked",
                "study", "Nine within 28 days", "act", "Adapt: add a prompt", "startDate", "2025-01-06", "endDate", "2025-02-03",
                "version", "0").with(as("demo-lead"))).andExpect(status().is3xxRedirection());
        PdsaCycle first = plans.pdsa(cycle, action.id(), 1);
        assertThat(first.study()).isEqualTo("Nine within 28 days");
        assertThat(first.version()).isEqualTo(1);

        String stale = mvc.perform(actionPost(path + "/pdsa/1", "plan", "Overwrite", "version", "0").with(as("demo-contributor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved this PDSA cycle").contains("href=\"#pdsa-1-plan\"");
        String backwards = mvc.perform(actionPost(path + "/pdsa/2", "plan", "Spread", "startDate", "2025-03-01",
                "endDate", "2025-02-01", "version", "0").with(as("demo-lead"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(backwards).contains("href=\"#pdsa-2-endDate\"").contains("Enter an end date on or after the start date");
        assertThat(plans.pdsa(cycle, action.id(), 1)).isEqualTo(first);
        assertThat(plans.pdsa(cycle, action.id(), 2).plan()).isEqualTo("Spread the booking prompt to all teams");
        mvc.perform(actionPost(path + "/pdsa/7", "plan", "x", "version", "0").with(as("demo-lead"))).andExpect(status().isNotFound());
        assertThat(audit.latestForPartnership("clackmannanshire", 20)).anyMatch(e -> e.action().equals("pdsa-cycle.saved"));
        assertThat(html(path, "demo-lead")).contains("PDSA cycle 2").contains("Nine within 28 days");
    }

    @Test
    void progressShowsOverdueActionsAndTheIndicatorAgainstBaselineTargetAndSignals() throws Exception {
        // Falkirk's figures, read by an administrator, so no other test's Clackmannanshire figures are disturbed;
        // months after the demonstration data's, so these are the latest.
        String partnership = "falkirk";
        LocalDate month = LocalDate.of(2090, 1, 1);
        for (int i = 0; i < 23; i++) {
            String period = month.plusMonths(i).toString().substring(0, 7);
            // Large denominators keep the P chart's limits narrow, so the last three points lie beyond them.
            String numerator = i < 20 ? "240" : "390";
            int revision = values.series(partnership, IRD).stream().filter(v -> v.period().label().equals(period))
                    .mapToInt(IndicatorValue::revision).findFirst().orElse(0);
            if (revision == 0) {
                values.record(partnership, IRD, period, numerator, "400", "", 0, "test");
            }
        }
        List<IndicatorValue> series = values.series(partnership, IRD);
        BigDecimal latest = series.get(series.size() - 1).value();
        Cycle cycle = cycle(partnership);
        ImprovementAction measured = plans.create(cycle, new ActionDetails(SPECIFIC, "Kirsty Paterson",
                scot.triangulate.partnership.Agency.COUNCIL_SOCIAL_WORK, null, LocalDate.now().plusMonths(6), IRD, null,
                new BigDecimal("99"), "5.1", null, null, ActionStatus.IN_PROGRESS), "demo-admin");
        assertThat(measured.baseline()).as("baseline defaults to the latest figure").isEqualByComparingTo(
                latest.setScale(1, java.math.RoundingMode.HALF_UP));
        plans.save(cycle, measured.id(), new ActionDetails(SPECIFIC, "Kirsty Paterson",
                scot.triangulate.partnership.Agency.COUNCIL_SOCIAL_WORK, null, LocalDate.now().plusMonths(6), IRD,
                new BigDecimal("60"), new BigDecimal("90"), "5.1", null, null, ActionStatus.IN_PROGRESS), 0, "demo-admin");
        ImprovementAction late = plans.create(cycle, new ActionDetails("Adopt one chronology template across all agencies",
                "Fiona Kerr", scot.triangulate.partnership.Agency.NHS_BOARD, null, LocalDate.now().minusDays(1), null, null,
                null, "5.2", null, null, ActionStatus.IN_PROGRESS), "demo-admin");
        ImprovementAction done = plans.create(cycle, new ActionDetails("Finished chronology training for every social work team",
                "Fiona Kerr", scot.triangulate.partnership.Agency.NHS_BOARD, null, LocalDate.now().minusDays(5), null, null,
                null, "5.2", null, null, ActionStatus.COMPLETE), "demo-admin");
        plans.addPdsa(cycle, measured.id(), new PdsaDetails("Book at the IRD", "", "", "Adopt the booking prompt", null, null),
                "demo-admin");

        String page = html(plan(cycle) + "/progress", "demo-admin");
        assertThat(page).contains("1 action is past its due date and not complete.")
                .contains("Action " + late.number() + ": Adopt one chronology template across all agencies")
                .doesNotContain("Action " + done.number() + ": Finished chronology training")
                .contains("PDSA cycle 1").contains("Adopt the booking prompt")
                .contains("97.5 (2091-11)").contains("The latest figure meets the target.")
                .contains("A point beyond a control limit in 2091-11: favourable");
    }

    @Test
    void theExportsHoldThePlanWithFormulaSafeText() throws Exception {
        Cycle cycle = cycle("clackmannanshire");
        LocalDate due = LocalDate.now().plusMonths(18);
        ImprovementAction action = plans.create(cycle, new ActionDetails("=HYPERLINK(\"http://example.org\") " + SPECIFIC,
                "@Kirsty", scot.triangulate.partnership.Agency.POLICE_SCOTLAND, null, due, null, null,
                null, "5.1", null, null, null), "demo-lead");
        plans.addPdsa(cycle, action.id(), new PdsaDetails("+Book meetings at the IRD", "Did it", "Studied it", "Adopt",
                LocalDate.now(), null), "demo-lead");

        byte[] xlsx = mvc.perform(get(plan(cycle) + ".xlsx").with(as("demo-contributor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet actions = workbook.getSheet("Improvement plan");
            assertThat(actions.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Action");
            assertThat(actions.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(actions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://example.org\") " + SPECIFIC);
            assertThat(actions.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'@Kirsty");
            assertThat(actions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Police Scotland");
            assertThat(actions.getRow(1).getCell(4).getStringCellValue()).isEqualTo(
                    due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            assertThat(actions.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Not yet SMART: fails M");
            Sheet pdsa = workbook.getSheet("PDSA cycles");
            assertThat(pdsa.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'+Book meetings at the IRD");
        }
        byte[] docx = mvc.perform(get(plan(cycle) + ".docx").with(as("demo-contributor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Improvement plan: Improvement test").contains("Action 1: =HYPERLINK")
                    .contains("PDSA cycle 1").contains("+Book meetings at the IRD").contains("Studied it")
                    .contains("Police Scotland");
        }
    }

    @Test
    void anotherPartnershipsPlanAnswersNothing() throws Exception {
        Cycle ours = cycle("clackmannanshire");
        Cycle theirs = cycles.start("stirling", null, "Stirling cycle", LocalDate.now().plusMonths(3),
                List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-other-lead"));
        ImprovementAction secret = plans.create(theirs, new ActionDetails("Stirling's own secret action for the plan",
                "", null, null, null, null, null, null, null, null, null, null), "demo-other-lead");
        ImprovementAction mine = plans.create(ours, new ActionDetails(SPECIFIC, "", null, null, null, null, null, null,
                null, null, null, null), "demo-lead");

        for (String path : List.of(plan(theirs), plan(theirs) + "/progress", plan(theirs) + ".xlsx", plan(theirs) + ".docx",
                plan(theirs) + "/actions/" + secret.id())) {
            int code = mvc.perform(get(path).with(as("demo-lead"))).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isIn(403, 404);
        }
        // Another partnership's cycle or action under our own address: not found, never shown.
        String wrongCycle = "/partnerships/clackmannanshire/cycles/" + theirs.id() + "/improvement-plan";
        mvc.perform(get(wrongCycle).with(as("demo-lead"))).andExpect(status().isNotFound());
        mvc.perform(get(plan(ours) + "/actions/" + secret.id()).with(as("demo-lead"))).andExpect(status().isNotFound());
        mvc.perform(get(plan(ours) + "/actions/abc").with(as("demo-lead"))).andExpect(status().isNotFound());
        mvc.perform(actionPost(plan(ours) + "/actions/" + secret.id(), "description", "Taken over by Clackmannanshire now",
                "version", "0").with(as("demo-lead"))).andExpect(status().isNotFound());
        mvc.perform(actionPost(plan(ours) + "/actions/" + mine.id(), "description", "Taken over by Stirling now and forever",
                "version", "0").with(as("demo-other-lead"))).andExpect(status().isForbidden());
        assertThat(plans.action(theirs, secret.id()).description()).isEqualTo("Stirling's own secret action for the plan");
        assertThat(plans.action(ours, mine.id()).description()).isEqualTo(SPECIFIC);
    }
}
