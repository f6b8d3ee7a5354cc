package scot.triangulate.positionstatement;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import scot.triangulate.evidence.DocumentLogExport;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.EvidenceStatus;

/**
 * The statement's downloads, each written straight to the response: Word and PDF (headings, page numbers,
 * citations linked to the document log, the log as an appendix), and the submission pack: a ZIP holding the
 * statement in both formats, the document log as a spreadsheet and every cited file cleared by screening.
 */
@Service
public class PositionStatementExports {

    private final PositionStatementService statements;
    private final EvidenceService evidence;
    private final DocumentLogExport logExport;
    private final Words words;

    PositionStatementExports(PositionStatementService statements, EvidenceService evidence, DocumentLogExport logExport,
            MessageSource messages) {
        this.statements = statements;
        this.evidence = evidence;
        this.logExport = logExport;
        this.words = (key, arguments) -> messages.getMessage(key, arguments, key, Locale.UK);
    }

    /** {@code baseUrl}: the application's address (scheme, host, context path) for links from the file. */
    public void docx(PositionStatement statement, String baseUrl, OutputStream out) throws IOException {
        ExportLinks links = links(statement, baseUrl);
        new DocxWriter(words).write(statement, links, logRows(links), out);
    }

    public void pdf(PositionStatement statement, String baseUrl, OutputStream out) throws IOException {
        ExportLinks links = links(statement, baseUrl);
        new PdfWriter(words).write(statement, links, logRows(links), out);
    }

    public void submissionPack(PositionStatement statement, String baseUrl, OutputStream out) throws IOException {
        ExportLinks links = links(statement, baseUrl);
        List<String[]> rows = logRows(links);
        String name = fileName(statement);
        ZipOutputStream zip = new ZipOutputStream(out);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.flush(); // the writers close their streams; the ZIP must stay open for the next entry
            }
        };
        zip.putNextEntry(new ZipEntry(name + ".docx"));
        new DocxWriter(words).write(statement, links, rows, entry);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(name + ".pdf"));
        new PdfWriter(words).write(statement, links, rows, entry);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(words.get("ps.export.pack.log") + ".xlsx"));
        logExport.xlsx(statement.partnership(), entry);
        zip.closeEntry();
        for (EvidenceItem item : citedFiles(statement, links.log())) {
            EvidenceService.StoredDocument file = evidence.file(statement.partnership(), item.number(), item.currentVersion());
            zip.putNextEntry(new ZipEntry(words.get("ps.export.pack.evidence") + "/" + item.documentNumber() + " "
                    + safeName(file.fileName())));
            try (InputStream content = file.content()) {
                content.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The file name (without extension) of a download, e.g. "position-statement-12-draft". */
    public static String fileName(PositionStatement statement) {
        return "position-statement-" + statement.cycleId() + "-" + (statement.isDraft() ? "draft" : "v" + statement.submission().number());
    }

    private ExportLinks links(PositionStatement statement, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new ExportLinks(base, statement.partnership(), statements.log(statement.partnership()));
    }

    private List<String[]> logRows(ExportLinks links) {
        return links.log().values().stream()
                .map(i -> new String[] {i.documentNumber(), i.title(), links.url(i), words.get(i.status().messageKey())})
                .toList();
    }

    /** Files cited anywhere in the statement and cleared by screening; links and held items are not packed. */
    private static List<EvidenceItem> citedFiles(PositionStatement statement, Map<String, EvidenceItem> log) {
        return statement.sections().stream()
                .flatMap(s -> Citations.numbers(s.text()).stream())
                .distinct()
                .map(log::get)
                .filter(i -> i != null && !i.isLink() && i.status() == EvidenceStatus.CLEARED)
                .toList();
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "file" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.isBlank() ? "file" : name;
    }
}
