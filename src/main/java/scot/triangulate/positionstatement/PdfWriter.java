package scot.triangulate.positionstatement;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The statement as a PDF: written as XHTML (the section texts through the same safe Markdown rendering as the
 * pages) and laid out by openhtmltopdf, with "Page N of M" in every footer, citations as links, and the
 * document log as an appendix table.
 */
final class PdfWriter {

    private final Words words;

    PdfWriter(Words words) {
        this.words = words;
    }

    void write(PositionStatement statement, ExportLinks links, List<String[]> logRows, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml(statement, links, logRows), links.baseUrl() + "/");
        builder.toStream(out);
        builder.run();
    }

    String xhtml(PositionStatement statement, ExportLinks links, List<String[]> logRows) {
        String title = words.title(statement);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
                .append("<meta charset=\"utf-8\" /><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"author\" content=\"").append(escape(statement.partnershipName())).append("\" /><style>")
                .append("@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { font-family: sans-serif; font-size: 9pt; ")
                .append("content: \"").append(css(words.get("ps.export.page"))).append(" \" counter(page) \" ")
                .append(css(words.get("ps.export.of"))).append(" \" counter(pages); } } ")
                .append("body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; } ")
                .append("h1 { font-size: 20pt; } h2 { font-size: 16pt; margin-top: 18pt; } h3 { font-size: 13pt; } ")
                .append("h4, h5, h6 { font-size: 11pt; } a { color: #0065bd; } ")
                .append("table { border-collapse: collapse; width: 100%; font-size: 9pt; -fs-table-paginate: paginate; } ")
                .append("th, td { border: 1px solid #999999; padding: 3pt; text-align: left; vertical-align: top; } ")
                .append("td { word-wrap: break-word; } .appendix { page-break-before: always; } ")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append("<p>").append(escape(words.versionLine(statement))).append("</p>");
        for (Section section : statement.sections()) {
            html.append("<h2>").append(escape(section.title())).append("</h2>");
            html.append(MarkdownText.html(section.text(), links, 2));
        }
        html.append("<h2 class=\"appendix\">").append(escape(words.get("ps.export.appendix"))).append("</h2>");
        html.append("<table><thead><tr><th>").append(escape(words.get("ps.export.log.number"))).append("</th><th>")
                .append(escape(words.get("ps.export.log.name"))).append("</th><th>")
                .append(escape(words.get("ps.export.log.link"))).append("</th><th>")
                .append(escape(words.get("ps.export.log.status"))).append("</th></tr></thead><tbody>");
        for (String[] row : logRows) {
            html.append("<tr><td>").append(escape(row[0])).append("</td><td>").append(escape(row[1]))
                    .append("</td><td><a href=\"").append(escape(row[2])).append("\">").append(escape(row[2]))
                    .append("</a></td><td>").append(escape(row[3])).append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static String css(String text) {
        return escape(text.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
