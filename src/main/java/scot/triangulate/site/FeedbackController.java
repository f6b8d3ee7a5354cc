package scot.triangulate.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The Beta banner's feedback: a page anyone can send it from, a thank-you, and the administrators' list. */
@Controller
class FeedbackController {

    private final FeedbackService feedback;

    /** What someone sends; the service has the last word on length and on the reply address. */
    record FeedbackForm(String from, @NotBlank(message = "{feedback.text.required}") String feedback, String replyTo) {
    }

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback")
    String form(@RequestParam(name = "from", required = false) String from, Model model) {
        model.addAttribute("from", FeedbackService.localPath(from));
        model.addAttribute("feedbackForm", new FeedbackForm(null, "", ""));
        return "site/feedback";
    }

    @PostMapping("/feedback")
    String send(@Valid @ModelAttribute FeedbackForm feedbackForm, BindingResult errors, Authentication authentication, Model model) {
        String from = feedbackForm.from();
        if (!errors.hasErrors()) {
            try {
                feedback.receive(from, feedbackForm.feedback(), feedbackForm.replyTo(), authentication);
            } catch (FeedbackService.FeedbackRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("from", FeedbackService.localPath(from));
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
