package scot.triangulate.positionstatement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.positionstatement.AlreadySubmittedException;
import scot.triangulate.positionstatement.Checks;
import scot.triangulate.positionstatement.PositionStatement;
import scot.triangulate.positionstatement.PositionStatementExports;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.positionstatement.Section;
import scot.triangulate.positionstatement.SectionConflictException;
import scot.triangulate.positionstatement.StatementRejectedException;
import scot.triangulate.positionstatement.Submission;
import scot.triangulate.positionstatement.SubmissionRefusedException;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * The position statement's API. Access to /api/cycles/{id}/** (members of the cycle's partnership, and
 * administrators) is enforced by the access rules; submitting also needs a partnership lead.
 */
@RestController
@RequestMapping("/api/cycles/{cycleId}")
class PositionStatementApiController {

    private final CycleService cycles;
    private final PositionStatementService statements;
    private final PositionStatementExports exports;
    private final MessageSource messages;

    PositionStatementApiController(CycleService cycles, PositionStatementService statements, PositionStatementExports exports,
            MessageSource messages) {
        this.cycles = cycles;
        this.statements = statements;
        this.exports = exports;
        this.messages = messages;
    }

    record SectionBody(String key, String title, String text, int version, int wordCount, String updatedBy,
            OffsetDateTime updatedAt) {

        static SectionBody of(Section s) {
            return new SectionBody(s.key(), s.title(), s.text(), s.version(), s.wordCount(), s.updatedBy(), s.updatedAt());
        }
    }

    record StatementBody(long cycleId, String template, String version, int wordCount, int wordLimit, List<SectionBody> sections) {
    }

    record SaveRequest(String text, Integer version) {
    }

    record ProblemBody(String code, String message) {
    }

    record ChecksBody(int wordCount, int wordLimit, boolean passed, List<ProblemBody> problems) {
    }

    record SubmittedBody(int version, int wordCount, String submittedBy, OffsetDateTime submittedAt) {
    }

    record RefusedBody(String code, String message, List<ProblemBody> problems) {
    }

    record ConflictBody(String code, String message, String key, String currentText, int currentVersion, String updatedBy,
            OffsetDateTime updatedAt, String yourText) {
    }

    record RejectedBody(String code, String message) {
    }

    @GetMapping("/position-statement")
    StatementBody statement(@PathVariable long cycleId, @RequestParam(name = "version", required = false) String version,
            Authentication authentication) {
        PositionStatement statement = statements.version(cycles.get(cycleId, authentication), version);
        return new StatementBody(cycleId, statement.template().id(), statement.versionId(), statement.wordCount(),
                statement.template().wordLimit(), statement.sections().stream().map(SectionBody::of).toList());
    }

    @PutMapping("/position-statement/sections/{key}")
    SectionBody save(@PathVariable long cycleId, @PathVariable String key, @RequestBody SaveRequest request,
            Authentication authentication, Principal principal) {
        Cycle cycle = cycles.get(cycleId, authentication);
        return SectionBody.of(statements.save(cycle, key, request.text(), request.version() == null ? 0 : request.version(),
                principal.getName()));
    }

    @GetMapping("/position-statement/checks")
    ChecksBody checks(@PathVariable long cycleId, Authentication authentication) {
        Cycle cycle = cycles.get(cycleId, authentication);
        Checks checks = statements.checks(cycle);
        return new ChecksBody(checks.wordCount(), checks.wordLimit(), checks.passed(), problems(cycle, checks));
    }

    @PostMapping("/position-statement/submit")
    ResponseEntity<SubmittedBody> submit(@PathVariable long cycleId, Authentication authentication) {
        Cycle cycle = cycles.get(cycleId, authentication);
        Submission submission = statements.submit(cycle, authentication);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SubmittedBody(submission.number(), submission.wordCount(),
                submission.submittedBy(), submission.submittedAt()));
    }

    @GetMapping("/position-statement.docx")
    void docx(@PathVariable long cycleId, @RequestParam(name = "version", required = false) String version,
            Authentication authentication, HttpServletResponse response) throws IOException {
        PositionStatement statement = statements.version(cycles.get(cycleId, authentication), version);
        download(response, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                PositionStatementExports.fileName(statement) + ".docx");
        exports.docx(statement, response.getOutputStream());
    }

    @GetMapping("/position-statement.pdf")
    void pdf(@PathVariable long cycleId, @RequestParam(name = "version", required = false) String version,
            Authentication authentication, HttpServletResponse response) throws IOException {
        PositionStatement statement = statements.version(cycles.get(cycleId, authentication), version);
        download(response, "application/pdf", PositionStatementExports.fileName(statement) + ".pdf");
        exports.pdf(statement, response.getOutputStream());
    }

    @GetMapping("/position-statement/submission-pack.zip")
    void pack(@PathVariable long cycleId, @RequestParam(name = "version", required = false) String version,
            Authentication authentication, HttpServletResponse response) throws IOException {
        PositionStatement statement = statements.version(cycles.get(cycleId, authentication), version);
        download(response, "application/zip", PositionStatementExports.fileName(statement) + "-submission-pack.zip");
        exports.submissionPack(statement, response.getOutputStream());
    }

    @ExceptionHandler(SectionConflictException.class)
    ResponseEntity<ConflictBody> conflict(SectionConflictException e) {
        Section current = e.current();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConflictBody("conflict", text("ps.api.conflict"),
                current.key(), current.text(), current.version(), current.updatedBy(), current.updatedAt(), e.yourText()));
    }

    @ExceptionHandler(AlreadySubmittedException.class)
    ResponseEntity<ProblemDetail> alreadySubmitted(AlreadySubmittedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("ps.api.alreadySubmitted", e.version()));
        problem.setProperty("code", "already-submitted");
        problem.setProperty("version", e.version());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<RefusedBody> refused(SubmissionRefusedException e) {
        List<ProblemBody> problems = e.problems().stream()
                .map(p -> new ProblemBody(p.code(), text(p.messageKey(), p.argumentArray()))).toList();
        return ResponseEntity.unprocessableEntity().body(new RefusedBody("checks-failed", text("ps.api.refused"), problems));
    }

    @ExceptionHandler(StatementRejectedException.class)
    ResponseEntity<RejectedBody> rejected(StatementRejectedException e) {
        return ResponseEntity.unprocessableEntity().body(new RejectedBody(e.messageKey(), text(e.messageKey(), e.arguments())));
    }

    private List<ProblemBody> problems(Cycle cycle, Checks checks) {
        return ProblemView.of(checks.problems(), cycle.partnership(), cycle.id(), messages).stream()
                .map(p -> new ProblemBody(p.code(), p.message())).toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.UK);
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
