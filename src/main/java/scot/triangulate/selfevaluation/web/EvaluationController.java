package scot.triangulate.selfevaluation.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.framework.SixPointScale;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleRejectedException;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.Evaluation;
import scot.triangulate.selfevaluation.EvaluationQuestions;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.LeadershipRole;
import scot.triangulate.selfevaluation.SelfEvaluationPolicy;
import scot.triangulate.shared.ConcurrentChangeException;

/**
 * The evaluation workspace for one indicator: the framework text beside the three questions, cited evidence,
 * each perspective's independent grade and the partnership grade a lead agrees.
 */
@Controller
class EvaluationController {

    private final CycleService cycles;
    private final EvaluationService evaluations;
    private final FrameworkCatalogue frameworks;
    private final PartnershipService partnerships;
    private final SelfEvaluationPolicy policy;
    private final EvidenceService evidence;

    EvaluationController(CycleService cycles, EvaluationService evaluations, FrameworkCatalogue frameworks,
            PartnershipService partnerships, SelfEvaluationPolicy policy, EvidenceService evidence) {
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.partnerships = partnerships;
        this.policy = policy;
        this.evidence = evidence;
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}")
    String workspace(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            Authentication authentication, Model model) {
        Cycle c = cycles.get(partnership, cycle);
        Framework framework = evaluationPage(partnership, c, code, evaluations.evaluation(c, code, authentication), model);
        model.addAttribute("framework", framework);
        model.addAttribute("ownPerspective", policy.ownPerspective(c, authentication).orElse(null));
        model.addAttribute("roles", LeadershipRole.values());
        model.addAttribute("canLead", policy.mayLead(authentication, partnership));
        // A record reader reads: the answers as text, no forms.
        model.addAttribute("canContribute", policy.mayChange(authentication, partnership));
        model.addAttribute("grades", SixPointScale.descending());
        model.addAttribute("log", evidence.log(partnership));
        // QI 10, capacity for improvement, draws on every other evaluation of the cycle.
        if (code.equals("10")) {
            model.addAttribute("summary", evaluations.summary(c, framework, authentication));
        }
        return "selfevaluation/evaluation";
    }

    /**
     * The questions answered on a page of their own (the design system's one thing per page), so that nothing typed is
     * lost to another form of the workspace, with JavaScript or without.
     */
    @GetMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/answers")
    String answers(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            Authentication authentication, Model model) {
        Cycle c = cycles.get(partnership, cycle);
        evaluationPage(partnership, c, code, evaluations.evaluationToAnswer(c, code, authentication), model);
        return "selfevaluation/answers";
    }

    /** What the workspace and the answers page both show of an evaluation; the cycle's framework, for the rest. */
    private Framework evaluationPage(String partnership, Cycle c, String code, Evaluation evaluation, Model model) {
        Framework framework = frameworks.framework(c.frameworkId());
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", c);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("indicator", framework.indicator(code).orElseThrow());
        model.addAttribute("questionWords", EvaluationQuestions.of(framework));
        model.addAttribute("screened", evaluations.screened(c, code));
        model.addAttribute("capacity", code.equals("10"));
        return framework;
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}")
    String saveAnswers(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "howGoodNow", defaultValue = "") String howGoodNow,
            @RequestParam(name = "howDoWeKnow", defaultValue = "") String howDoWeKnow,
            @RequestParam(name = "whatNext", defaultValue = "") String whatNext,
            @RequestParam(name = "strengths", defaultValue = "") String strengths,
            @RequestParam(name = "areasForImprovement", defaultValue = "") String areasForImprovement,
            @RequestParam(name = "contextualChallenges", defaultValue = "") String contextualChallenges,
            @RequestParam(name = "version", defaultValue = "-1") int version, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        Answers answers = new Answers(howGoodNow, howDoWeKnow, whatNext, strengths, areasForImprovement, contextualChallenges);
        try {
            evaluations.saveAnswers(c, code, answers, version, authentication);
            saved(redirect, "evaluation.saved", "answers");
            return back(partnership, cycle, code, "#notice");
        } catch (ConcurrentChangeException e) {
            // Keep what this person wrote beside the newer saved text, so they can choose and nothing is lost.
            redirect.addFlashAttribute("conflict", answers);
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("problemKey", e.messageKey());
            redirect.addFlashAttribute("conflict", answers);
        }
        return back(partnership, cycle, code, "/answers");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/perspective")
    String gradeFromPerspective(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "grade", required = false) Integer grade,
            @RequestParam(name = "rationale", defaultValue = "") String rationale,
            @RequestParam(name = "role", required = false) LeadershipRole role, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        try {
            evaluations.gradeFromPerspective(c, code, role, grade, rationale, authentication);
            saved(redirect, "evaluation.perspective.saved", "perspective");
            return back(partnership, cycle, code, "#notice");
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("perspectiveProblem", e.messageKey());
        }
        return back(partnership, cycle, code, "#perspective");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/grade")
    String agreeGrade(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "grade", required = false) Integer grade,
            @RequestParam(name = "gradeRationale", defaultValue = "") String rationale,
            @RequestParam(name = "version", defaultValue = "-1") int version, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        try {
            evaluations.agreeGrade(c, code, grade, rationale, version, authentication);
            saved(redirect, "evaluation.grade.saved", "grade");
            return back(partnership, cycle, code, "#notice");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("gradeProblem", "evaluation.conflict");
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("gradeProblem", e.messageKey());
        }
        return back(partnership, cycle, code, "#grade");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/citations")
    String cite(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "number", defaultValue = "") String number,
            @RequestParam(name = "point", defaultValue = "") String point, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        try {
            evaluations.cite(c, code, number, point, authentication);
            saved(redirect, "evaluation.cited", "evidence");
            return back(partnership, cycle, code, "#notice");
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("citationProblem", e.messageKey());
            redirect.addFlashAttribute("citationProblemArguments", e.arguments());
        }
        return back(partnership, cycle, code, "#evidence");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/citations/{number}/remove")
    String uncite(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @PathVariable String number, Authentication authentication, RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        int n = scot.triangulate.evidence.DocumentNumber.parse(number)
                .orElseThrow(() -> new scot.triangulate.shared.NotFoundException("citation", number));
        evaluations.uncite(c, code, n, authentication);
        saved(redirect, "evaluation.uncited", "evidence");
        return back(partnership, cycle, code, "#notice");
    }

    /** What was saved, said in the section the person lands on (the page opens at that message). */
    private static void saved(RedirectAttributes redirect, String notice, String section) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeAt", section);
    }

    private static String back(String partnership, long cycle, String code, String anchor) {
        return "redirect:/partnerships/" + partnership + "/cycles/" + cycle + "/evaluations/" + code + anchor;
    }
}
