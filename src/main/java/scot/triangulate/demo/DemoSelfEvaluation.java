package scot.triangulate.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.identity.AccountService;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.Evaluation;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * Demo mode only: a self-evaluation cycle in progress for Clackmannanshire, with indicators graded by two
 * agencies, one evaluation resting on documents alone (so it shows as not triangulated). Each answer, citation and
 * grade is added only if it is not there yet, so loading again (or after an interrupted start) finishes the job.
 */
@Component
@Conditional(DemoMode.class)
class DemoSelfEvaluation {

    static final String TITLE = "Self-evaluation for the joint inspection";

    private final CycleService cycles;
    private final EvaluationService evaluations;
    private final AccountService accounts;

    DemoSelfEvaluation(CycleService cycles, EvaluationService evaluations, AccountService accounts) {
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.accounts = accounts;
    }

    /** Starts the demo cycle unless the partnership has it, completes what is missing, and returns it. */
    Cycle load(String partnership, DemoLog log) {
        // The demo lead works for the council's social work services, the contributor for the NHS board.
        Authentication lead = accounts.actingAs("demo-lead");
        Authentication contributor = accounts.actingAs("demo-contributor");
        Cycle cycle = cycles.cycles(partnership).stream().filter(c -> c.title().equals(TITLE)).findFirst()
                .orElseGet(() -> cycles.start(partnership, null, TITLE,
                        LocalDate.now().plusMonths(3).withDayOfMonth(1), List.of(), PerspectiveKind.AGENCY, lead));

        answer(cycle, lead, "2.1", "Most children on the register tell us they have a trusted adult; care experienced young people want earlier pathway planning.",
                "The wellbeing survey, pathway planning feedback and the case conference observations.",
                "Start pathway planning at 14 and offer one consistent worker.",
                "Children's views are heard in case conferences.", "Pathway planning starts too late for some young people.");
        cite(cycle, contributor, log, "2.1", "D020", "82% of pupils have an adult in school they can talk to");
        cite(cycle, contributor, log, "2.1", "D023", "Young people asked for earlier conversations about housing");
        cite(cycle, contributor, log, "2.1", "D005", "Register and IRD figures for quarter 1");
        cite(cycle, contributor, log, "2.1", "D001", "The plan's priority to improve children's mental wellbeing");
        grade(cycle, "2.1", lead, 4, "Views are heard and acted on in most plans");
        grade(cycle, "2.1", contributor, 4, "Health visitors report good engagement");
        Evaluation pathway = evaluations.evaluation(cycle, "2.1");
        if (pathway.grade() == null) {
            evaluations.agreeGrade(cycle, "2.1", 4, "Important strengths, with pathway planning to improve",
                    pathway.version(), lead);
        }

        answer(cycle, lead, "5.2", "Chronologies are present in most records but seldom analysed.",
                "The multi-agency audit of chronologies.", "Adopt one chronology template and train staff by June.",
                "Risk assessments are completed on time.", "Chronologies rarely analyse the impact of events on the child.");
        cite(cycle, contributor, log, "5.2", "D009", "Chronologies present in 34 of 40 records, up to date in 22");
        grade(cycle, "5.2", lead, 3, "Strengths just outweigh weaknesses");
        grade(cycle, "5.2", contributor, 4, "Health assessments are thorough");

        answer(cycle, lead, "6.4", "The performance framework is in place and the CPC reviews its data set each quarter.",
                "The quarterly data sets and the performance framework.", "Add outcome measures for care leavers.",
                "Timescales from IRD to case conference are improving.", "");
        cite(cycle, contributor, log, "6.4", "D005", "Case conferences within 28 days of IRD: 81%");
        cite(cycle, contributor, log, "6.4", "D008", "Case conferences within 28 days of IRD: 88%");
        cite(cycle, contributor, log, "6.4", "D017", "How much, how well, is anyone better off");
        cite(cycle, contributor, log, "6.4", "D021", "Staff say chronologies help them understand risk");
        cite(cycle, contributor, log, "6.4", "D009", "Audit findings go to the CPC");
        grade(cycle, "6.4", lead, 5, "Data drives the committee's work");
        return cycles.get(cycle.partnership(), cycle.id());
    }

    private void answer(Cycle cycle, Authentication by, String code, String now, String know, String next, String strengths, String areas) {
        Evaluation evaluation = evaluations.evaluation(cycle, code);
        if (evaluation.howGoodNow().isBlank()) {
            evaluations.saveAnswers(cycle, code, new Answers(now, know, next, strengths, areas, ""), evaluation.version(), by);
        }
    }

    /** Cites the demo file's document {@code nominal} by the number it has in the log. */
    private void cite(Cycle cycle, Authentication by, DemoLog log, String code, String nominal, String point) {
        String number = log.number(nominal);
        boolean cited = evaluations.evaluation(cycle, code).citations().stream()
                .anyMatch(c -> c.documentNumber().equals(number));
        if (!cited) {
            evaluations.cite(cycle, code, number, point, by);
        }
    }

    /** The person's grade from their own agency's perspective. */
    private void grade(Cycle cycle, String code, Authentication by, int grade, String rationale) {
        boolean graded = evaluations.evaluation(cycle, code).perspectiveGrades().stream()
                .anyMatch(g -> g.gradedBy().equals(by.getName()));
        if (!graded) {
            evaluations.gradeFromPerspective(cycle, code, null, grade, rationale, by);
        }
    }
}
