package scot.triangulate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.InputRejectedException;
import scot.triangulate.shared.NotFoundException;

/**
 * Turns "not found" and "changed by someone else" into 404 and 409: a problem document for the API,
 * the error page for people. Asked before Spring's problem-details handler, so a page is never answered with JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), request, response);
    }

    /** An address no page answers: the "Page not found" page for people, a problem document for the API. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object noPage(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, "No page at " + e.getResourcePath(), request, response);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    Object conflict(ConcurrentChangeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), request, response);
    }

    /** A path whose id is not written canonically names nothing: not found, exactly as an unknown id. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(HttpStatus.NOT_FOUND, "No such " + e.getName(), request, response);
        }
        return badRequest(e, request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.BAD_REQUEST, "The request is not valid: " + e.getMessage(), request, response);
    }

    /** Input an API refused: the status its kind says, the message in words, and the field and reason code. */
    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(InputRejectedException e) {
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.UK));
        problem.setProperty("field", e.field());
        problem.setProperty("code", e.messageKey());
        return ResponseEntity.status(status).body(problem);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Object answer(HttpStatus status, String detail, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
