package scot.triangulate.positionstatement;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.web.util.HtmlUtils;

/**
 * The statement as a PDF: written as XHTML (the section texts through the same safe Markdown rendering as the
 * pages) and laid out by openhtmltopdf, with "Page N of M" in every footer, citations as links, and the
 * document log as an appendix table. It is a tagged PDF (PDF/UA-1): headings, paragraphs, lists, tables and links
 * are structure elements a screen reader can follow, in the DejaVu fonts, embedded.
 */
final class PdfWriter {

    private static final String SANS = "DejaVu Sans";
    private static final String MONO = "DejaVu Sans Mono";
    /** In the jasperreports-fonts artifact, never the machine's own font folder. */
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    /**
     * The appendix table has fixed column widths: the number and status never wrap, the document's name wraps
     * between words, and a long address breaks wherever it must rather than squeezing the other columns.
     */
    private static final String STYLE = """
            body { font-family: '%1$s'; font-size: 11pt; line-height: 1.4; }
            code, pre, kbd, samp, tt { font-family: '%2$s'; }
            h1 { font-size: 20pt; } h2 { font-size: 16pt; margin-top: 18pt; } h3 { font-size: 13pt; }
            h4, h5, h6 { font-size: 11pt; } a { color: #0065bd; }
            .appendix { page-break-before: always; }
            table.log { border-collapse: collapse; table-layout: fixed; width: 100%%; font-size: 9pt; -fs-table-paginate: paginate; }
            .log th, .log td { border: 1px solid #999999; padding: 3pt; text-align: left; vertical-align: top; }
            .log .number { width: 12%%; white-space: nowrap; }
            .log .title { width: 35%%; word-wrap: break-word; }
            .log .place { width: 38%%; word-wrap: break-word; }
            .log .status { width: 15%%; white-space: nowrap; }
            """.formatted(SANS, MONO);

    private final Words words;

    PdfWriter(Words words) {
        this.words = words;
    }

    void write(PositionStatement statement, ExportLinks links, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        font(builder, SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, SANS, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        font(builder, MONO, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL);
        font(builder, MONO, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, MONO, "DejaVuSansMono-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, MONO, "DejaVuSansMono-BoldOblique.ttf", 700, FontStyle.ITALIC);
        // No base address: links in the file are either absolute or relative to the file itself (in the pack).
        builder.withHtmlContent(xhtml(statement, links), null);
        builder.toStream(out);
        builder.run();
    }

    String xhtml(PositionStatement statement, ExportLinks links) {
        String title = words.title(statement);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
                .append("<meta charset=\"utf-8\" /><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"author\" content=\"").append(escape(statement.partnershipName())).append("\" />")
                .append("<meta name=\"subject\" content=\"").append(escape(words.get("ps.export.subject",
                        statement.partnershipName(), statement.cycleTitle()))).append("\" /><style>")
                .append("@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { font-family: '").append(SANS)
                .append("'; font-size: 9pt; content: \"").append(css(words.get("ps.export.page"))).append(" \" counter(page) \" ")
                .append(css(words.get("ps.export.of"))).append(" \" counter(pages); } }\n")
                .append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append("<p>").append(escape(words.versionLine(statement))).append("</p>");
        for (Section section : statement.sections()) {
            html.append("<h2>").append(escape(section.title())).append("</h2>");
            html.append(MarkdownText.html(section.text(), links, 2));
        }
        appendix(html, links);
        html.append("</body></html>");
        return html.toString();
    }

    private void appendix(StringBuilder html, ExportLinks links) {
        html.append("<h2 class=\"appendix\">").append(escape(words.get("ps.export.appendix"))).append("</h2>")
                .append("<table class=\"log\"><thead><tr>")
                .append("<th scope=\"col\" class=\"number\">").append(escape(words.get("ps.export.log.number"))).append("</th>")
                .append("<th scope=\"col\" class=\"title\">").append(escape(words.get("ps.export.log.name"))).append("</th>")
                .append("<th scope=\"col\" class=\"place\">").append(escape(words.get("ps.export.log.place"))).append("</th>")
                .append("<th scope=\"col\" class=\"status\">").append(escape(words.get("ps.export.log.status"))).append("</th>")
                .append("</tr></thead><tbody>");
        for (ExportLinks.LogRow row : links.rows(words)) {
            html.append("<tr><td class=\"number\" id=\"").append(escape(row.anchor())).append("\">").append(escape(row.number()))
                    .append("</td><td class=\"title\">").append(escape(row.title())).append("</td><td class=\"place\">");
            if (row.href() == null) {
                html.append(escape(row.place()));
            } else {
                html.append("<a href=\"").append(escape(row.href())).append("\">").append(escape(row.place())).append("</a>");
            }
            html.append("</td><td class=\"status\">").append(escape(row.status())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream font = PdfWriter.class.getClassLoader().getResourceAsStream(FONTS + file);
            if (font == null) {
                throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath");
            }
            return font;
        }, family, weight, style, true);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static String css(String text) {
        return escape(text.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
