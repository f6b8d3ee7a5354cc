package scot.triangulate.site;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The Beta banner's feedback: a page anyone can send it from, a thank-you, and the administrators' list. */
@Controller
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback")
    String form(@RequestParam(name = "from", required = false) String from, Model model) {
        model.addAttribute("from", FeedbackService.localPath(from));
        return "site/feedback";
    }

    @PostMapping("/feedback")
    String send(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "feedback", defaultValue = "") String text,
            @RequestParam(name = "replyTo", defaultValue = "") String replyTo, Authentication authentication, Model model) {
        try {
            feedback.receive(from, text, replyTo, authentication);
        } catch (FeedbackService.FeedbackRejectedException e) {
            model.addAttribute("from", FeedbackService.localPath(from));
            model.addAttribute("feedback", text);
            model.addAttribute("replyTo", replyTo);
            model.addAttribute("problemField", e.field());
            model.addAttribute("problemKey", e.messageKey());
            return "site/feedback";
        }
        String back = FeedbackService.localPath(from);
        return back == null ? "redirect:/feedback/thanks"
                : "redirect:" + UriComponentsBuilder.fromPath("/feedback/thanks").queryParam("from", back).encode().build().toUriString();
    }

    @GetMapping("/feedback/thanks")
    String thanks(@RequestParam(name = "from", required = false) String from, Model model) {
        model.addAttribute("from", FeedbackService.localPath(from));
        return "site/feedback-thanks";
    }

    @GetMapping("/admin/feedback")
    String recent(Authentication authentication, Model model) {
        model.addAttribute("received", feedback.recent(authentication));
        return "site/admin-feedback";
    }
}
