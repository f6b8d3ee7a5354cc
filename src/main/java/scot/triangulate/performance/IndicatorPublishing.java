package scot.triangulate.performance;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.chart.PngChart;

/**
 * Publishes an indicator's charts into the partnership's document log as performance data: a PDF snapshot of the
 * control chart and the table of its numbers, with the definition and method, citable like any document.
 */
@Service
public class IndicatorPublishing {

    private static final int PNG_WIDTH = 1440;

    private final IndicatorCharts charts;
    private final ChartViews views;
    private final EvidenceService evidence;
    private final PartnershipService partnerships;
    private final MessageSource messages;
    private final IndicatorPublications publications;

    IndicatorPublishing(IndicatorCharts charts, ChartViews views, EvidenceService evidence,
            PartnershipService partnerships, MessageSource messages, IndicatorPublications publications) {
        this.publications = publications;
        this.charts = charts;
        this.views = views;
        this.evidence = evidence;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    public EvidenceItem publish(String partnership, String code, Agency agency, String by) {
        IndicatorChart control = charts.chart(partnership, code, null, null);
        IndicatorChart run = charts.chart(partnership, code, "run", null);
        Indicator indicator = control.indicator();
        String partnershipName = partnerships.get(partnership).name();
        List<Period> periods = control.periods();
        String range = periods.get(0).label() + " – " + periods.get(periods.size() - 1).label();
        String title = word("publish.title", indicator.name(), partnershipName, range);
        byte[] pdf = pdf(title, control, run);
        String fileName = partnership + "-" + indicator.code() + "-" + periods.get(periods.size() - 1).label()
                .replace('/', '-') + ".pdf";
        NewEvidence item = new NewEvidence(title, word("publish.description", views.method(control.chart()),
                indicator.source()), agency, LocalDate.now(), SourceType.PERFORMANCE_DATA, indicator.qualityIndicators(),
                null, new NewEvidence.Upload(fileName, pdf.length, new ByteArrayInputStream(pdf)), null);
        EvidenceItem added = evidence.add(partnership, item, by);
        publications.record(partnership, indicator.code(), added.number());
        return added;
    }

    byte[] pdf(String title, IndicatorChart control, IndicatorChart run) {
        ChartTable table = ChartTable.of(control, run, views);
        String png = Base64.getEncoder().encodeToString(PngChart.render(views.svg(control), PNG_WIDTH));
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<html><head><meta charset=\"utf-8\"/><title>").append(e(title)).append("</title><style>")
                .append("body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #999;padding:2pt 4pt;text-align:right} th:first-child,td:first-child{text-align:left}")
                .append("</style></head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");
        html.append("<p>").append(e(control.indicator().description())).append("</p>");
        html.append("<p><b>").append(e(word("publish.method"))).append("</b> ").append(e(views.method(control.chart())))
                .append("</p>");
        html.append("<img alt=\"").append(e(title)).append("\" style=\"width:100%\" src=\"data:image/png;base64,")
                .append(png).append("\"/>");
        html.append("<h2>").append(e(word("publish.table"))).append("</h2><table><thead><tr>");
        for (String heading : List.of("table.period", "table.numerator", "table.denominator", "table.value",
                "table.centre", "table.lcl", "table.ucl", "table.median", "table.signals")) {
            html.append("<th>").append(e(word(heading))).append("</th>");
        }
        table.comparatorNames().forEach(n -> html.append("<th>").append(e(n)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (ChartTable.Row r : table.rows()) {
            html.append("<tr><td>").append(e(r.period())).append("</td><td>").append(plain(r.numerator()))
                    .append("</td><td>").append(plain(r.denominator())).append("</td><td>").append(r.value())
                    .append("</td><td>").append(r.centre()).append("</td><td>").append(r.lcl()).append("</td><td>")
                    .append(r.ucl()).append("</td><td>").append(r.median()).append("</td><td>")
                    .append(e(String.join(", ", r.rules().stream().map(rule -> word("signal." + rule.name())).toList())))
                    .append("</td>");
            r.comparators().forEach(c -> html.append("<td>").append(c).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        html.append("<p>").append(e(word("publish.source", control.indicator().source()))).append("</p>");
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
