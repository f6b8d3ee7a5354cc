package scot.triangulate.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page with a file upload form, told when an upload to it was over the size limit. The limit stops the
 * upload before any controller runs, so the module that owns the form says how to show it again with the
 * error; a module without one leaves the error page to say so.
 */
public interface UploadForm {

    /** The form answering an oversized upload to {@code request}, or empty when the request is not to this form. */
    Optional<ModelAndView> tooLarge(HttpServletRequest request);

    /**
     * The path the upload was sent to, within the application. Tomcat may refuse the oversized body while a filter
     * reads a parameter, and then hands the request to the error page, so the address asked for is the original one.
     */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }
}
