package scot.triangulate.positionstatement;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import scot.triangulate.evidence.DocumentLogExport;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;

/**
 * The statement's downloads, each written straight to the response: Word and PDF (headings, page numbers,
 * citations linked as {@link ExportLinks} says, the log as an appendix), and the submission pack: a ZIP holding the
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

    public void docx(PositionStatement statement, OutputStream out) throws IOException {
        new DocxWriter(words).write(statement, links(statement, false), out);
    }

    public void pdf(PositionStatement statement, OutputStream out) throws IOException {
        new PdfWriter(words).write(statement, links(statement, false), out);
    }

    public void submissionPack(PositionStatement statement, OutputStream out) throws IOException {
        ExportLinks links = links(statement, true);
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
        new DocxWriter(words).write(statement, links, entry);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(name + ".pdf"));
        new PdfWriter(words).write(statement, links, entry);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(words.get("ps.export.pack.log") + ".xlsx"));
        logExport.xlsx(statement.partnership(), entry);
        zip.closeEntry();
        for (EvidenceItem item : links.packedFiles()) {
            EvidenceService.StoredDocument file = evidence.file(statement.partnership(), item.number(), item.currentVersion());
            zip.putNextEntry(new ZipEntry(links.path(item)));
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

    /** {@code inPack}: whether the statement is written into the submission pack, beside the files it cites. */
    private ExportLinks links(PositionStatement statement, boolean inPack) {
        return new ExportLinks(statement, statements.log(statement.partnership()), words.get("ps.export.pack.evidence"), inPack);
    }
}
