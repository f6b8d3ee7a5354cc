package scot.triangulate.performance.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.ImportRefusedException;
import scot.triangulate.performance.ImportResult;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.spc.SpcResult;
import scot.triangulate.performance.spc.XmrOptions;
import scot.triangulate.shared.InputRejectedException;

/** A partnership's figures through the API: importing a file, and the charts of stored figures. */
@RestController
class PerformanceApiController {

    private final IndicatorValues values;
    private final IndicatorCharts charts;
    private final PartnershipService partnerships;
    private final MessageSource messages;

    PerformanceApiController(IndicatorValues values, IndicatorCharts charts, PartnershipService partnerships,
            MessageSource messages) {
        this.values = values;
        this.charts = charts;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /** Imports a CSV or XLSX file all-or-nothing; 422 with the row report when any row is refused. */
    @PostMapping(value = "/api/partnerships/{partnership}/indicator-values", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importValues(@PathVariable String partnership, @RequestParam(required = false) MultipartFile file,
            Principal principal) throws IOException {
        partnerships.get(partnership);
        if (file == null) {
            throw new ImportRefusedException("import.fileMissing");
        }
        return values.importFile(partnership, file.getOriginalFilename(), file.getBytes(), principal.getName());
    }

    /** The chart of a partnership's stored figures, as {@code POST /api/spc} computes it for the same numbers. */
    @GetMapping("/api/partnerships/{partnership}/indicators/{code}/spc")
    SpcResult spc(@PathVariable String partnership, @PathVariable String code,
            @RequestParam(required = false) String chart, @RequestParam(required = false) Boolean screenMovingRanges,
            @RequestParam(required = false) Integer shiftLength, @RequestParam(required = false) Integer trendLength) {
        partnerships.get(partnership);
        return charts.chart(partnership, code, chart, options(screenMovingRanges, shiftLength, trendLength)).result();
    }

    static XmrOptions options(Boolean screen, Integer shift, Integer trend) {
        int s = shift == null ? XmrOptions.DEFAULTS.shiftLength() : shift;
        int t = trend == null ? XmrOptions.DEFAULTS.trendLength() : trend;
        if (s != 6 && s != 7) {
            throw new InputRejectedException("shiftLength", "chart.runLength");
        }
        if (t != 6 && t != 7) {
            throw new InputRejectedException("trendLength", "chart.runLength");
        }
        return new XmrOptions(Boolean.TRUE.equals(screen), s, t);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage(e.messageKey(), e.arguments(), Locale.UK) + " "
                        + messages.getMessage("import.nothingChanged", null, Locale.UK));
        problem.setProperty("field", e.field());
        problem.setProperty("code", e.messageKey());
        List<Map<String, Object>> rows = e.problems().stream().map(p -> Map.<String, Object>of("row", p.row(),
                "column", p.column(), "reason",
                messages.getMessage(p.messageKey(), p.arguments().toArray(), Locale.UK))).toList();
        problem.setProperty("problems", rows);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
