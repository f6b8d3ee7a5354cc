package scot.triangulate.recordreading.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.recordreading.AgreementReport;
import scot.triangulate.recordreading.AgreementRequest;
import scot.triangulate.recordreading.InterRaterAgreement;

/** Agreement between readers for the grades posted, storing nothing. Open to anyone signed in. */
@RestController
class AgreementApiController {

    /** Far more than {@link InterRaterAgreement#MAX_READINGS} readings need, written out with spaces. */
    static final int MAX_BODY_BYTES = 2_000_000;

    private final InterRaterAgreement agreement;
    private final ObjectMapper json;

    AgreementApiController(InterRaterAgreement agreement, ObjectMapper json) {
        this.agreement = agreement;
        this.json = json;
    }

    @Operation(summary = "Agreement between readers of the same records",
            description = "Computes, storing nothing, how far readers who graded the same records agree: exact and "
                    + "within-one agreement (the share of records every reader graded on which all readers gave the "
                    + "same grade, or grades at most one level apart; with more than two readers all of them, not an "
                    + "average over pairs), Cohen's kappa for exactly two readers (unweighted, linear and quadratic "
                    + "weights over the whole fixed scale), Fleiss' kappa (records every reader graded; records with "
                    + "a missing reading are left out) and Krippendorff's alpha, nominal, ordinal and interval (every "
                    + "record with at least two readings; missing readings allowed). A statistic that cannot be "
                    + "computed, such as a kappa when every reading gives the same grade, is null and a note says why.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AgreementRequest.class))))
    @ApiResponse(responseCode = "200", description = "The statistics", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AgreementReport.class)))
    @ApiResponse(responseCode = "400", description = "The body holds a null character", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nobody is signed in (no session, no valid bearer token)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is larger than " + MAX_BODY_BYTES + " bytes",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body is not sent as application/json", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The readings cannot be compared: not JSON, a grade that is not "
            + "a whole number or is off the scale, rows of different lengths, fewer than 2 records or readers, min not "
            + "below max, or more than " + InterRaterAgreement.MAX_READINGS + " readings. The problem's field names "
            + "the place, e.g. ratings[3][1], and code the reason.", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(value = "/api/agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgreementReport agreement(HttpServletRequest request) throws IOException {
        byte[] body = AgreementRequestReader.body(request.getInputStream(), MAX_BODY_BYTES);
        return agreement.measure(AgreementRequestReader.read(json, body));
    }
}
