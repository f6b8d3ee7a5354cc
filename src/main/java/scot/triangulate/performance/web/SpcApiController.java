package scot.triangulate.performance.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.performance.SpcRequest;
import scot.triangulate.performance.SpcRequestRejected;
import scot.triangulate.performance.StatisticalProcessControl;
import scot.triangulate.performance.spc.SpcResult;

/** Computes a run or control chart for the numbers posted, storing nothing. Open to anyone signed in. */
@RestController
class SpcApiController {

    private final StatisticalProcessControl spc;

    SpcApiController(StatisticalProcessControl spc) {
        this.spc = spc;
    }

    @PostMapping("/api/spc")
    SpcResult chart(@RequestBody SpcRequest request) {
        return spc.compute(request);
    }

    @ExceptionHandler(SpcRequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(SpcRequestRejected e) {
        return problem(e.field(), e.getMessage());
    }

    /** JSON that does not parse, or a field of the wrong type, is bad input like any other. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(p -> p.getFieldName() != null ? "." + p.getFieldName() : "[" + p.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            return problem(field, field + " is not of the expected type");
        }
        return problem("body", "the request body must be a JSON object describing the chart");
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        problem.setProperty("field", field);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
    }
}
