package scot.triangulate.evidence.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.DocumentLogExport;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceSearch;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.ScreeningFinding;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.Agency;

@RestController
@RequestMapping("/api/partnerships/{partnership}")
class EvidenceApiController {

    private final EvidenceService evidence;
    private final DocumentLogExport export;
    private final AccountService accounts;

    EvidenceApiController(EvidenceService evidence, DocumentLogExport export, AccountService accounts) {
        this.evidence = evidence;
        this.export = export;
        this.accounts = accounts;
    }

    record Added(String number, String status) {
    }

    record ItemSummary(String number, String title, String sourceType, String status, String snippet) {
    }

    record Finding(long id, String kind, String location, String excerpt, boolean cleared) {
    }

    record Screening(List<Finding> findings) {
    }

    record Item(String number, String title, String description, String agency, LocalDate documentDate,
            String sourceType, List<String> indicators, String coreCategory, String status, int version,
            String fileName, String url, Screening screening) {
    }

    @PostMapping("/evidence")
    ResponseEntity<Added> add(@PathVariable String partnership,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "sourceType", required = false) SourceType sourceType,
            @RequestParam(name = "agency", required = false) Agency agency,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
            @RequestParam(name = "indicators", required = false) List<String> indicators,
            @RequestParam(name = "coreCategory", required = false) CoreDocumentCategory coreCategory,
            Principal principal) throws IOException {
        NewEvidence.Upload upload = Uploads.upload(file);
        NewEvidence request = new NewEvidence(title == null ? null : title.strip(), description, 
                agency != null ? agency : accounts.agencyIn(principal.getName(), partnership), documentDate, sourceType,
                indicators == null ? List.of() : indicators, coreCategory, upload, upload == null ? url : (url == null || url.isBlank() ? null : url));
        EvidenceItem item = evidence.add(partnership, request, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/partnerships/" + partnership + "/evidence/" + item.documentNumber())
                .body(new Added(item.documentNumber(), item.status().name()));
    }

    @GetMapping("/evidence")
    List<ItemSummary> search(@PathVariable String partnership, @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "sourceType", required = false) SourceType sourceType,
            @RequestParam(name = "indicator", required = false) String indicator,
            @RequestParam(name = "agency", required = false) Agency agency,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "status", required = false) EvidenceStatus status) {
        return evidence.search(partnership, new EvidenceSearch(q, sourceType, indicator, agency, from, to, status)).stream()
                .map(r -> new ItemSummary(r.item().documentNumber(), r.item().title(), r.item().sourceType().name(),
                        r.item().status().name(), r.snippet()))
                .toList();
    }

    @GetMapping("/evidence/{number}")
    Item item(@PathVariable String partnership, @PathVariable String number) {
        int n = EvidenceController.number(number);
        EvidenceItem item = evidence.get(partnership, n);
        List<Finding> findings = evidence.findings(partnership, n).stream()
                .map(EvidenceApiController::finding).toList();
        return new Item(item.documentNumber(), item.title(), item.description(), item.agency().name(), item.documentDate(),
                item.sourceType().name(), item.indicators(), item.coreCategory() == null ? null : item.coreCategory().name(),
                item.status().name(), item.currentVersion(), item.fileName(), item.url(), new Screening(findings));
    }

    @GetMapping("/document-log.csv")
    void csv(@PathVariable String partnership, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + partnership + "-document-log.csv\"");
        export.csv(partnership, response.getOutputStream());
    }

    @GetMapping("/document-log.xlsx")
    void xlsx(@PathVariable String partnership, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + partnership + "-document-log.xlsx\"");
        export.xlsx(partnership, response.getOutputStream());
    }

    private static Finding finding(ScreeningFinding f) {
        return new Finding(f.id(), f.kind(), f.location(), f.excerpt(), f.cleared());
    }

}
