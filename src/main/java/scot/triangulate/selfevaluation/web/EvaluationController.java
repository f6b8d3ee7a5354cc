package scot.triangulate.selfevaluation.web;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.Membership;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Answers;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleRejectedException;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.Evaluation;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.Grade;
import scot.triangulate.selfevaluation.LeadershipRole;
import scot.triangulate.selfevaluation.PerspectiveKind;
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
    private final PartnershipAccess access;
    private final AccountService accounts;
    private final EvidenceService evidence;

    EvaluationController(CycleService cycles, EvaluationService evaluations, FrameworkCatalogue frameworks,
            PartnershipService partnerships, PartnershipAccess access, AccountService accounts, EvidenceService evidence) {
        this.cycles = cycles;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.partnerships = partnerships;
        this.access = access;
        this.accounts = accounts;
        this.evidence = evidence;
    }

    @GetMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}")
    String workspace(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            Authentication authentication, Model model) {
        Cycle c = cycles.get(partnership, cycle);
        Evaluation evaluation = evaluations.evaluation(c, code);
        Framework framework = frameworks.framework(c.frameworkId());
        Optional<String> mine = ownPerspective(c, authentication);
        boolean lead = access.canLead(authentication, partnership);
        boolean graded = mine.map(p -> evaluation.perspectiveGrades().stream().anyMatch(g -> g.perspective().equals(p)))
                .orElse(false);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycle", c);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("indicator", framework.indicator(code).orElseThrow());
        model.addAttribute("framework", framework);
        model.addAttribute("ownPerspective", mine.orElse(null));
        model.addAttribute("roles", LeadershipRole.values());
        // Blind grading: the perspectives' grades show once you have given yours, or to leads.
        model.addAttribute("showPerspectiveGrades", lead || graded);
        model.addAttribute("canLead", lead);
        // A record reader reads: the answers as text, no forms.
        model.addAttribute("canContribute", access.canContribute(authentication, partnership));
        model.addAttribute("screened", evaluations.screened(c, code));
        model.addAttribute("grades", Grade.descending());
        model.addAttribute("log", evidence.log(partnership));
        // QI 10, capacity for improvement, draws on every other evaluation of the cycle.
        model.addAttribute("capacity", code.equals("10"));
        if (code.equals("10")) {
            model.addAttribute("summary", evaluations.summary(c, framework));
        }
        return "selfevaluation/evaluation";
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}")
    String saveAnswers(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "howGoodNow", defaultValue = "") String howGoodNow,
            @RequestParam(name = "howDoWeKnow", defaultValue = "") String howDoWeKnow,
            @RequestParam(name = "whatNext", defaultValue = "") String whatNext,
            @RequestParam(name = "strengths", defaultValue = "") String strengths,
            @RequestParam(name = "areasForImprovement", defaultValue = "") String areasForImprovement,
            @RequestParam(name = "contextualChallenges", defaultValue = "") String contextualChallenges,
            @RequestParam(name = "version", defaultValue = "-1") int version, Principal principal, RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        Answers answers = new Answers(howGoodNow, howDoWeKnow, whatNext, strengths, areasForImprovement, contextualChallenges);
        try {
            evaluations.saveAnswers(c, code, answers, version, principal.getName());
            redirect.addFlashAttribute("notice", "evaluation.saved");
        } catch (ConcurrentChangeException e) {
            // Keep what this person wrote beside the newer saved text, so they can choose and nothing is lost.
            redirect.addFlashAttribute("conflict", answers);
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("problemKey", e.messageKey());
            redirect.addFlashAttribute("conflict", answers);
        }
        return back(partnership, cycle, code, "#answers");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/perspective")
    String gradeFromPerspective(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @RequestParam(name = "grade", required = false) Integer grade,
            @RequestParam(name = "rationale", defaultValue = "") String rationale,
            @RequestParam(name = "role", required = false) LeadershipRole role, Authentication authentication,
            RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        String perspective = c.perspective() == PerspectiveKind.ROLE
                ? (role == null ? null : role.name())
                : ownPerspective(c, authentication).orElse(null);
        try {
            evaluations.gradeFromPerspective(c, code, perspective, grade, rationale, authentication.getName());
            redirect.addFlashAttribute("notice", "evaluation.perspective.saved");
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
        if (!access.canLead(authentication, partnership)) {
            throw new AccessDeniedException("Only a partnership lead agrees the partnership grade");
        }
        Cycle c = cycles.get(partnership, cycle);
        try {
            evaluations.agreeGrade(c, code, grade, rationale, version, authentication.getName());
            redirect.addFlashAttribute("notice", "evaluation.grade.saved");
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
            @RequestParam(name = "point", defaultValue = "") String point, Principal principal, RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        try {
            evaluations.cite(c, code, number, point, principal.getName());
            redirect.addFlashAttribute("notice", "evaluation.cited");
        } catch (CycleRejectedException e) {
            redirect.addFlashAttribute("citationProblem", e.messageKey());
            redirect.addFlashAttribute("citationProblemArguments", e.arguments());
        }
        return back(partnership, cycle, code, "#evidence");
    }

    @PostMapping("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/citations/{number}/remove")
    String uncite(@PathVariable String partnership, @PathVariable long cycle, @PathVariable String code,
            @PathVariable String number, Principal principal, RedirectAttributes redirect) {
        Cycle c = cycles.get(partnership, cycle);
        int n = scot.triangulate.evidence.DocumentNumber.parse(number)
                .orElseThrow(() -> new scot.triangulate.shared.NotFoundException("citation", number));
        evaluations.uncite(c, code, n, principal.getName());
        redirect.addFlashAttribute("notice", "evaluation.uncited");
        return back(partnership, cycle, code, "#evidence");
    }

    /** A member grades for their own agency (their membership's); administrators and non-members have none. */
    private Optional<String> ownPerspective(Cycle cycle, Authentication authentication) {
        if (cycle.perspective() == PerspectiveKind.ROLE) {
            return Optional.empty();
        }
        return accounts.memberships(authentication.getName()).stream()
                .filter(m -> m.partnership().equals(cycle.partnership())).map(Membership::agency).map(Enum::name).findFirst();
    }

    private static String back(String partnership, long cycle, String code, String anchor) {
        return "redirect:/partnerships/" + partnership + "/cycles/" + cycle + "/evaluations/" + code + anchor;
    }
}
