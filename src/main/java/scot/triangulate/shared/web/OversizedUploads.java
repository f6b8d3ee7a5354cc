package scot.triangulate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit (50 MB a file): the API answers 413 with a problem document; a person sees the form
 * they used with its error, or the error page where no form claims the request. Ordered before the framework's
 * own handler, which would answer a browser with JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploads {

    private final List<UploadForm> forms;

    OversizedUploads(List<UploadForm> forms) {
        this.forms = forms;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        if (UploadForm.path(request).startsWith("/api/")) {
            return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                    "The upload is larger than the limit of 50 MB a file; nothing was stored"));
        }
        Optional<ModelAndView> form = forms.stream().flatMap(f -> f.tooLarge(request).stream()).findFirst();
        if (form.isPresent()) {
            return form.get();
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
