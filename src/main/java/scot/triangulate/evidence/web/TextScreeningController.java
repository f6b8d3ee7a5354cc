package scot.triangulate.evidence.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.EvidenceRejectedException;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.shared.NotFoundException;

/** A lead clears a personal-data finding in free text (a section, an answer, an action) and goes back to its page. */
@Controller
class TextScreeningController {

    private final TextScreening screening;

    TextScreeningController(TextScreening screening) {
        this.screening = screening;
    }

    @PostMapping("/partnerships/{partnership}/screening/findings/{finding}/clear")
    String clear(@PathVariable String partnership, @PathVariable long finding,
            @RequestParam(name = "reason", required = false) String reason, Authentication authentication,
            RedirectAttributes redirect) {
        try {
            String page = screening.clear(partnership, finding, reason, authentication);
            redirect.addFlashAttribute("screeningNotice", "finding.cleared");
            return "redirect:" + page + "#screening-findings";
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("screeningProblem", finding);
            redirect.addFlashAttribute("screeningProblemKey", e.messageKey());
            String page = screening.link(partnership, finding).orElseThrow(() -> new NotFoundException("finding", String.valueOf(finding)));
            return "redirect:" + page + "#screening-finding-" + finding;
        }
    }
}
