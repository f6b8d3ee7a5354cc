package scot.triangulate.recordreading.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.recordreading.ExerciseDetails;
import scot.triangulate.recordreading.RecordReadingExercise;
import scot.triangulate.recordreading.RecordReadingExercises;
import scot.triangulate.recordreading.RecordReadingSamples;
import scot.triangulate.recordreading.ReturnRefusedException;

/** Record-reading exercises through the API: a partnership's list, one exercise with its population and sample, and
 * uploading its pre-inspection return. */
@RestController
class RecordReadingApiController {

    private final RecordReadingExercises exercises;
    private final RecordReadingSamples samples;
    private final PartnershipService partnerships;
    private final MessageSource messages;

    RecordReadingApiController(RecordReadingExercises exercises, RecordReadingSamples samples,
            PartnershipService partnerships, MessageSource messages) {
        this.exercises = exercises;
        this.samples = samples;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /** The answer for one uploaded return. */
    record PopulationLoaded(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int records) {
    }

    @Operation(summary = "A partnership's record-reading exercises", description = "Newest reading days first.")
    @ApiResponse(responseCode = "200", description = "The exercises", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = RecordReadingExercise.class))))
    @ApiResponse(responseCode = "401", description = "Nobody is signed in", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not a member of the partnership", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such partnership", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/partnerships/{partnership}/record-reading/exercises")
    List<RecordReadingExercise> list(@PathVariable String partnership, Authentication actor) {
        partnerships.get(partnership);
        return exercises.exercises(partnership, actor);
    }

    @Operation(summary = "One record-reading exercise", description = "The exercise, its population counted by category "
            + "(every category, with 0 where the return has none) and its sample: the records in it, and those swapped out.")
    @ApiResponse(responseCode = "200", description = "The exercise", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ExerciseDetails.class)))
    @ApiResponse(responseCode = "401", description = "Nobody is signed in", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such exercise, or another partnership's: both answer alike",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/record-reading/exercises/{exercise}")
    ExerciseDetails exercise(@PathVariable long exercise, Authentication actor) {
        return exercises.details(exercise, actor);
    }

    @Operation(summary = "Upload an exercise's pre-inspection return", description = "Replaces the exercise's population "
            + "with the file's records, all or nothing: columns reference, agency, category and optionally age band. Any "
            + "bad row (an unknown column or category, a duplicate or unsafe reference, a missing value, any personal "
            + "data) refuses the whole file, and nothing is stored. Refused once the sample is drawn.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object",
                    requiredProperties = {"file"}, implementation = PopulationUpload.class))))
    @ApiResponse(responseCode = "200", description = "The return is loaded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PopulationLoaded.class)))
    @ApiResponse(responseCode = "401", description = "Nobody is signed in", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Only the partnership's leads (and administrators) upload a return",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such exercise, or another partnership's", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The exercise changed while the file was read", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The upload is larger than the server accepts", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The return is refused and nothing stored: the problem's code says "
            + "why, and problems lists every bad row with its row, column and reason", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/record-reading/exercises/{exercise}/population")
    PopulationLoaded population(@PathVariable long exercise, @RequestParam(required = false) MultipartFile file,
            Authentication actor) throws IOException {
        boolean none = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank();
        return new PopulationLoaded(samples.loadPopulation(exercise, none ? null : file.getOriginalFilename(),
                none ? new byte[0] : file.getBytes(), null, actor));
    }

    /** The multipart body of an upload. */
    record PopulationUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
            description = "The return, CSV (UTF-8) or XLSX, up to 5 MB and 20,000 rows") String file) {
    }

    @ExceptionHandler(ReturnRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReturnRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.UK) + " "
                        + messages.getMessage("return.nothingChanged", null, Locale.UK));
        problem.setProperty("field", e.field());
        problem.setProperty("code", e.messageKey());
        List<Map<String, Object>> rows = e.problems().stream().map(p -> Map.<String, Object>of("row", p.row(),
                "column", p.column(), "code", p.messageKey(),
                "reason", messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), Locale.UK))).toList();
        problem.setProperty("problems", rows);
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
