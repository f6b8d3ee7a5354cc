package scot.triangulate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for a request refused before it reached a controller: the page says why, in the words of the
 * message the refusal named, instead of only that something was wrong. Any other error falls through to the
 * same "error" page without a reason.
 */
@Component
class RefusedRequestErrorView implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object reason = request.getAttribute(NullCharacterFilter.REFUSED);
        if (reason == null) {
            return null;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("reason", reason);
        return new ModelAndView("error", page, status);
    }
}
