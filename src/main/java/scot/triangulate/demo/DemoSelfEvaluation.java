package scot.triangulate.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * Demo mode only: a self-evaluation cycle in progress for Clackmannanshire, with indicators graded by two
 * agencies, one evaluation resting on documents alone (so it shows as not triangulated).
 */
@Component
@Conditional(DemoMode.class)
class DemoSelfEvaluation {

    private final CycleService cycles;
    private final EvaluationService evaluations;

    DemoSelfEvaluation(CycleService cycles, EvaluationService evaluations) {
        this.cycles = cycles;
        this.evaluations = evaluations;
    }

    /** Starts the demo cycle unless the partnership has one; returns it either way. */
    Cycle load(String partnership) {
        List<Cycle> existing = cycles.cycles(partnership);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Cycle cycle = cycles.start(partnership, CycleService.DEFAULT_FRAMEWORK, "Self-evaluation for the joint inspection",
                LocalDate.now().plusMonths(3).withDayOfMonth(1), List.of(), PerspectiveKind.AGENCY, "demo-lead");

        answer(cycle, "2.1", "Most children on the register tell us they have a trusted adult; care experienced young people want earlier pathway planning.",
                "The wellbeing survey, pathway planning feedback and the case conference observations.",
                "Start pathway planning at 14 and offer one consistent worker.",
                "Children's views are heard in case conferences.", "Pathway planning starts too late for some young people.");
        cite(cycle, "2.1", "D020", "82% of pupils have an adult in school they can talk to");
        cite(cycle, "2.1", "D023", "Young people asked for earlier conversations about housing");
        cite(cycle, "2.1", "D005", "Register and IRD figures for quarter 1");
        cite(cycle, "2.1", "D001", "The plan's priority to improve children's mental wellbeing");
        evaluations.gradeFromPerspective(cycle, "2.1", "COUNCIL_SOCIAL_WORK", 4, "Views are heard and acted on in most plans", "demo-lead");
        evaluations.gradeFromPerspective(cycle, "2.1", "NHS_BOARD", 4, "Health visitors report good engagement", "demo-contributor");
        int version = evaluations.evaluation(cycle, "2.1").version();
        evaluations.agreeGrade(cycle, "2.1", 4, "Important strengths, with pathway planning to improve", version, "demo-lead");

        answer(cycle, "5.2", "Chronologies are present in most records but seldom analysed.",
                "The multi-agency audit of chronologies.", "Adopt one chronology template and train staff by June.",
                "Risk assessments are completed on time.", "Chronologies rarely analyse the impact of events on the child.");
        cite(cycle, "5.2", "D009", "Chronologies present in 34 of 40 records, up to date in 22");
        evaluations.gradeFromPerspective(cycle, "5.2", "COUNCIL_SOCIAL_WORK", 3, "Strengths just outweigh weaknesses", "demo-lead");
        evaluations.gradeFromPerspective(cycle, "5.2", "NHS_BOARD", 4, "Health assessments are thorough", "demo-contributor");

        answer(cycle, "6.4", "The performance framework is in place and the CPC reviews its data set each quarter.",
                "The quarterly data sets and the performance framework.", "Add outcome measures for care leavers.",
                "Timescales from IRD to case conference are improving.", "");
        cite(cycle, "6.4", "D005", "Case conferences within 28 days of IRD: 81%");
        cite(cycle, "6.4", "D008", "Case conferences within 28 days of IRD: 88%");
        cite(cycle, "6.4", "D017", "How much, how well, is anyone better off");
        cite(cycle, "6.4", "D021", "Staff say chronologies help them understand risk");
        cite(cycle, "6.4", "D009", "Audit findings go to the CPC");
        evaluations.gradeFromPerspective(cycle, "6.4", "COUNCIL_SOCIAL_WORK", 5, "Data drives the committee's work", "demo-lead");
        return cycles.get(cycle.partnership(), cycle.id());
    }

    private void answer(Cycle cycle, String code, String now, String know, String next, String strengths, String areas) {
        int version = evaluations.evaluation(cycle, code).version();
        evaluations.saveAnswers(cycle, code, new Answers(now, know, next, strengths, areas, ""), version, "demo-lead");
    }

    private void cite(Cycle cycle, String code, String number, String point) {
        evaluations.cite(cycle, code, number, point, "demo-contributor");
    }
}
