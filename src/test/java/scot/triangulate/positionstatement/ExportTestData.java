package scot.triangulate.positionstatement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.support.ResourceBundleMessageSource;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;

/**
 * A statement to export without a database: Clackmannanshire's, with a heading, nested and numbered lists, a link
 * and citations of each kind of item in its document log (a published link with a long address, a cleared file, a
 * held file, and a cleared file nobody cited).
 */
final class ExportTestData {

    static final String PARTNERSHIP_NAME = "Clackmannanshire";
    static final String LONG_URL = "https://www.example.gov.scot/publications/children-and-young-peoples-services-plan-"
            + "2023-2026-annual-report-with-the-chief-officers-group-response-and-appendices/documents/plan.pdf";
    static final EvidenceItem PUBLISHED = item(1, "Children's services plan annual report", EvidenceStatus.CLEARED, null, LONG_URL);
    static final EvidenceItem AUDIT = item(2, "Multi-agency chronology audit", EvidenceStatus.CLEARED, "chronology audit.txt", null);
    static final EvidenceItem HELD = item(3, "Case file reading notes", EvidenceStatus.HELD, "notes.docx", null);
    static final EvidenceItem UNCITED = item(4, "Practice guide", EvidenceStatus.CLEARED, "guide.pdf", null);

    static final String CONTEXT = """
            # Our area

            Services are delivered across the partnership [D001]. See the [Care Inspectorate](https://www.careinspectorate.com/).

            - Early help
              - Family support workers
              - Parenting groups
            - Child protection
            """;
    static final String QUALITY_ASSURANCE = """
            The chronology audit [D002] led to a new practice guide; reading notes are held [D003].

            1. Audit
            2. Guide
            3. Re-audit

            Then, from step five:

            5. Review
            6. Report
            """;

    private ExportTestData() {
    }

    static Words words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-positionstatement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return (key, arguments) -> messages.getMessage(key, arguments, Locale.UK);
    }

    static PositionStatement draft() {
        return statement(null);
    }

    static PositionStatement statement(Submission submission) {
        StatementTemplate template = new StatementTemplates().get("care-and-protection-2022");
        OffsetDateTime changed = OffsetDateTime.of(2026, 7, 30, 10, 0, 0, 0, ZoneOffset.UTC);
        List<Section> sections = template.sections().stream().map(s -> switch (s.key()) {
            case "context" -> section(s, CONTEXT, changed);
            case "quality-assurance" -> section(s, QUALITY_ASSURANCE, changed.minusDays(3));
            default -> section(s, "The partnership's work on " + s.title() + ".", changed.minusDays(5));
        }).toList();
        return new PositionStatement(12, "clackmannanshire", PARTNERSHIP_NAME, "Self-evaluation 2026", template, sections,
                submission);
    }

    /** The statement as a PDF, on its own or (in a submission pack) beside the files it cites. */
    static byte[] pdf(PositionStatement statement, boolean inPack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(words()).write(statement, new ExportLinks(statement, log(), "evidence", inPack), out);
        return out.toByteArray();
    }

    static XWPFDocument docx(PositionStatement statement, boolean inPack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(words()).write(statement, new ExportLinks(statement, log(), "evidence", inPack), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    static Map<String, EvidenceItem> log() {
        Map<String, EvidenceItem> log = new LinkedHashMap<>();
        for (EvidenceItem item : List.of(PUBLISHED, AUDIT, HELD, UNCITED)) {
            log.put(item.documentNumber(), item);
        }
        return log;
    }

    private static Section section(StatementTemplate.SectionTemplate template, String text, OffsetDateTime changed) {
        return new Section(template.key(), template.title(), text, 1, WordCount.count(text), "demo-lead", changed);
    }

    private static EvidenceItem item(int number, String title, EvidenceStatus status, String fileName, String url) {
        OffsetDateTime added = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        return new EvidenceItem(number, "clackmannanshire", number, title, "", Agency.COUNCIL_SOCIAL_WORK,
                LocalDate.of(2026, 5, 1), SourceType.DOCUMENTS, List.of(), null, status, 1, fileName,
                fileName == null ? null : 1024L, url, null, "demo-lead", added, added, 0);
    }
}
