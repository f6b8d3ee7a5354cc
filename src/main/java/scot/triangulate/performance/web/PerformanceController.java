package scot.triangulate.performance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.Comparators;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorCategory;
import scot.triangulate.performance.IndicatorChart;
import scot.triangulate.performance.IndicatorPage;
import scot.triangulate.performance.IndicatorPages;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorSummaries;
import scot.triangulate.performance.IndicatorSummary;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.ChartTable;
import scot.triangulate.performance.ChartViews;
import scot.triangulate.performance.chart.PngChart;

/** A partnership's performance dashboard, each indicator's page with its charts, and the charts' downloads. */
@Controller
class PerformanceController {

    private static final int PNG_WIDTH = 1440;

    private final IndicatorCatalogue indicators;
    private final IndicatorSummaries summaries;
    private final IndicatorCharts charts;
    private final IndicatorValues values;
    private final Comparators comparators;
    private final PartnershipService partnerships;
    private final ChartViews views;
    private final IndicatorPages pages;

    private final ChartSections sections;

    PerformanceController(IndicatorCatalogue indicators, IndicatorSummaries summaries, IndicatorCharts charts,
            IndicatorValues values, Comparators comparators, PartnershipService partnerships, ChartViews views,
            IndicatorPages pages, ChartSections sections) {
        this.sections = sections;
        this.pages = pages;
        this.indicators = indicators;
        this.summaries = summaries;
        this.charts = charts;
        this.values = values;
        this.comparators = comparators;
        this.partnerships = partnerships;
        this.views = views;
    }

    @GetMapping("/partnerships/{partnership}/performance")
    String dashboard(@PathVariable String partnership, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        List<IndicatorSummary> all = summaries.all(partnership);
        Map<IndicatorCategory, List<IndicatorSummary>> byCategory = new LinkedHashMap<>();
        for (IndicatorCategory category : IndicatorCategory.values()) {
            List<IndicatorSummary> in = all.stream().filter(s -> s.indicator().category() == category).toList();
            if (!in.isEmpty()) {
                byCategory.put(category, in);
            }
        }
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("trends", views.trends(all));
        java.util.Set<String> withData = all.stream().map(s -> s.indicator().code()).collect(Collectors.toSet());
        model.addAttribute("withoutData", indicators.all().stream().filter(i -> !withData.contains(i.code())).toList());
        model.addAttribute("chosen", comparators.chosen(partnership));
        return "performance/dashboard";
    }

    @GetMapping("/partnerships/{partnership}/performance/indicators/{code}")
    String indicator(@PathVariable String partnership, @PathVariable String code,
            @RequestParam(required = false) String chart, Authentication authentication, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Indicator indicator = indicators.get(code);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("indicator", indicator);
        IndicatorPage page = pages.page(partnership, indicator.code(), chart);
        model.addAttribute("series", page.series());
        model.addAttribute("phases", page.phases());
        model.addAttribute("sharing", values.sharing(partnership, indicator.code()));
        model.addAttribute("canLead", values.mayShare(partnership, authentication));
        model.addAttribute("periodExample", indicator.periodGuide().example().label());
        if (!model.containsAttribute("valueForm")) {
            model.addAttribute("valueForm", ValueForm.empty());
        }
        if (!model.containsAttribute("phasesForm")) {
            model.addAttribute("phasesForm", PhasesForm.of(page.phases(), indicator));
        }
        if (page.summary() != null) {
            model.addAttribute("summary", page.summary());
        }
        if (page.hasCharts()) {
            model.addAttribute("control", page.control());
            model.addAttribute("controlSvg", page.controlSvg());
            model.addAttribute("controlMethod", views.method(page.control().chart()));
            model.addAttribute("run", page.run());
            model.addAttribute("runSvg", page.runSvg());
            model.addAttribute("runMethod", views.method("run"));
            model.addAttribute("table", page.table());
            model.addAttribute("chartChoices", chartChoices(indicator, page.control()));
            model.addAttribute("chartsHtml", sections.html(page, model.asMap(), locale, request, response));
        } else {
            model.addAttribute("chartProblem", page.problemKey());
            model.addAttribute("chartProblemArguments", page.problemArguments().toArray());
        }
        return "performance/indicator";
    }

    @GetMapping(value = "/partnerships/{partnership}/performance/indicators/{code}/chart.svg")
    ResponseEntity<String> svg(@PathVariable String partnership, @PathVariable String code,
            @RequestParam(required = false) String chart) {
        partnerships.get(partnership);
        IndicatorChart c = charts.chart(partnership, code, chart, null);
        return download(views.svg(c), "image/svg+xml", file(partnership, c, "svg"));
    }

    @GetMapping(value = "/partnerships/{partnership}/performance/indicators/{code}/chart.png")
    ResponseEntity<byte[]> png(@PathVariable String partnership, @PathVariable String code,
            @RequestParam(required = false) String chart) {
        partnerships.get(partnership);
        IndicatorChart c = charts.chart(partnership, code, chart, null);
        byte[] png = PngChart.render(views.svg(c), PNG_WIDTH);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file(partnership, c, "png")).build().toString())
                .body(png);
    }

    @GetMapping(value = "/partnerships/{partnership}/performance/indicators/{code}/data.csv")
    ResponseEntity<String> csv(@PathVariable String partnership, @PathVariable String code,
            @RequestParam(required = false) String chart) {
        partnerships.get(partnership);
        IndicatorChart control = charts.chart(partnership, code, chart, null);
        IndicatorChart run = charts.chart(partnership, code, "run", null);
        return download(ChartTable.of(control, run, views).csv(), "text/csv", file(partnership, control, "csv"));
    }

    private static List<String> chartChoices(Indicator indicator, IndicatorChart control) {
        boolean complete = control.values().stream().allMatch(v -> v.numerator() != null && v.denominator() != null);
        if (indicator.isProportion() && complete) {
            return List.of("p", "xmr");
        }
        if (indicator.hasDenominator() && complete) {
            return List.of("u", "xmr");
        }
        return List.of("xmr");
    }

    private static String file(String partnership, IndicatorChart chart, String extension) {
        return partnership + "-" + chart.indicator().code() + "-" + chart.chart() + "." + extension;
    }

    private static ResponseEntity<String> download(String body, String type, String fileName) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
