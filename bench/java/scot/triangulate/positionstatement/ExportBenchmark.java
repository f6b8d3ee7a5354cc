package scot.triangulate.positionstatement;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;

/**
 * The position statement's Word and PDF exports of a full 5,000-word statement: six sections of Markdown with
 * headings, lists, bold, links and about 40 citations, and a 30-row document log as the appendix. The writers are
 * built directly (no Spring, no database), with the English words the message bundle would give.
 * Targets: DOCX under 500 ms, PDF under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExportBenchmark {

    static final int LOG_ROWS = 30;
    static final int WORDS_PER_SECTION = 5_000 / 6;

    private PositionStatement statement;
    private ExportLinks links;
    private final Words words = ExportBenchmark::english;
    private final DocxWriter docx = new DocxWriter(words);
    private final PdfWriter pdf = new PdfWriter(words);

    @Setup
    public void makeStatement() throws Exception {
        statement = statement();
        links = new ExportLinks(statement, log(), "evidence", false);
        int wordCount = statement.sections().stream().mapToInt(s -> WordCount.count(s.text())).sum();
        long citations = statement.sections().stream().mapToLong(s -> Citations.CITATION.matcher(s.text()).results().count()).sum();
        if (wordCount < 4_850 || wordCount > 5_000 || citations < 35 || citations > 45) {
            throw new IllegalStateException("Unrealistic statement: " + wordCount + " words, " + citations + " citations");
        }
        // One run of each outside the measurement, so a broken writer fails here rather than being timed.
        docx();
        pdf();
    }

    @Benchmark
    public byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        docx.write(statement, links, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        pdf.write(statement, links, out);
        return out.toByteArray();
    }

    /** The words the message bundle gives in English; any other key as itself. */
    static String english(String key, Object... arguments) {
        String pattern = switch (key) {
            case "ps.export.title" -> "{0} \u2013 {1}: {2}";
            case "ps.export.subject" -> "The position statement of {0} for {1}, with its document log as an appendix";
            case "ps.export.draft" -> "Draft";
            case "ps.export.draft.changed" -> "Draft, last changed on {0}";
            case "ps.export.version" -> "Version {0}, submitted by {1} on {2}";
            case "ps.export.appendix" -> "Appendix: document log";
            case "ps.export.log.number" -> "Number";
            case "ps.export.log.name" -> "Document";
            case "ps.export.log.place" -> "Where to find it";
            case "ps.export.log.inPack" -> "In the submission pack: {0}";
            case "ps.export.log.notInPack" -> "Not in the submission pack";
            case "ps.export.log.status" -> "Status";
            case "ps.export.page" -> "Page";
            case "ps.export.of" -> "of";
            case "status.CLEARED" -> "Cleared";
            case "status.HELD" -> "Held";
            default -> key;
        };
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }

    /** A submitted statement of the six sections of the care and protection structure, about 5,000 words. */
    static PositionStatement statement() {
        String[][] sections = {
            {"context", "Context of services for children and young people at risk of harm"},
            {"data", "What your data is telling you"},
            {"involvement", "Children and young people's involvement and feedback"},
            {"quality-assurance", "Quality assurance and evaluative activity"},
            {"leadership", "Collaborative strategic and operational leadership"},
            {"achievements-and-improvement", "Key achievements and areas for improvement"},
        };
        List<StatementTemplate.SectionTemplate> templates = new ArrayList<>();
        List<Section> texts = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 14, 10, 30, 0, 0, ZoneOffset.UTC);
        int[] citation = {0};
        for (int s = 0; s < sections.length; s++) {
            templates.add(new StatementTemplate.SectionTemplate(sections[s][0], sections[s][1], List.of("Guidance."), List.of()));
            String text = sectionText(s, citation);
            texts.add(new Section(sections[s][0], sections[s][1], text, 3, WordCount.count(text), "demo-lead", at));
        }
        StatementTemplate template = new StatementTemplate("care-and-protection-2022", "Position statement",
                "Care Inspectorate guidance", List.of("qif-2018"), true, 5000, templates);
        return new PositionStatement(12, "clackmannanshire", "Clackmannanshire", "Joint inspection self-evaluation 2025",
                template, texts,
                new Submission(7, 12, 2, template.id(), 5000, "demo-lead", at));
    }

    private static final String[] SENTENCES = {
        "The partnership reviewed the chronologies of children on the child protection register and found that most were up to date.",
        "Case conferences were held within 28 days of the initial referral discussion in the large majority of cases.",
        "Staff from social work, health, education and police attended the core group meetings and shared their assessments of risk.",
        "Young people told the review that they wanted one consistent worker, earlier planning and reports shared before meetings.",
        "The lead professional recorded the child's views in the child's plan and reviewed them at every core group.",
        "Re-registrations within 18 months fell from fourteen per cent to nine per cent over the period of the plan.",
        "The chief officers' group receives a quarterly performance report and challenges partners on the trends it shows.",
        "Advocacy is now offered to every child over five before their first child protection planning meeting.",
    };

    /**
     * Up to 833 words (and within a sentence of it): headings, paragraphs with bold and citations, a bulleted list
     * with a link and a numbered list, whole paragraphs while they fit, then single sentences to fill.
     */
    private static String sectionText(int section, int[] citation) {
        StringBuilder text = new StringBuilder();
        int sentence = section;
        for (int paragraph = 0; ; paragraph++) {
            StringBuilder chunk = new StringBuilder();
            if (paragraph % 4 == 0) {
                chunk.append(paragraph == 0 ? "# " : "## ").append("Part ").append(paragraph / 4 + 1).append(" of our evidence\n\n");
            }
            if (paragraph % 4 == 1) {
                chunk.append("- **Multi-agency** screening of every inter-agency referral discussion\n")
                        .append("- Chronologies audited twice a year against the [national guidance](https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021/)\n")
                        .append("- Reports shared with families three days before meetings [").append(cite(citation)).append("]\n\n");
            } else if (paragraph % 4 == 3) {
                chunk.append("1. Agree the improvement action\n2. Test it in one locality\n3. Measure and spread what works\n\n");
            }
            for (int i = 0; i < 4; i++) {
                String words = SENTENCES[(sentence + i) % SENTENCES.length];
                if (i == 1) {
                    words = words.replaceFirst("^(\\S+ \\S+)", "**$1**");
                }
                if (i == 2 && paragraph % 2 == 0) {
                    words = words.substring(0, words.length() - 1) + " [" + cite(citation) + "].";
                }
                chunk.append(words).append(i == 3 ? "\n\n" : " ");
            }
            if (WordCount.count(text.toString() + chunk) > WORDS_PER_SECTION) {
                break;
            }
            text.append(chunk);
            sentence += 4;
        }
        for (int i = 0; ; i++) {
            String words = SENTENCES[(sentence + i) % SENTENCES.length] + " ";
            if (WordCount.count(text.toString() + words) > WORDS_PER_SECTION) {
                break;
            }
            text.append(words);
        }
        return text.toString().strip();
    }

    private static String cite(int[] citation) {
        return String.format(Locale.ROOT, "D%03d", citation[0]++ % LOG_ROWS + 1);
    }

    /** The document log: 30 items, a third of them published links, the rest uploaded files. */
    static Map<String, EvidenceItem> log() {
        Map<String, EvidenceItem> log = new LinkedHashMap<>();
        OffsetDateTime at = OffsetDateTime.of(2025, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC);
        for (int n = 1; n <= LOG_ROWS; n++) {
            boolean link = n % 3 == 0;
            EvidenceItem item = new EvidenceItem(n, "clackmannanshire", n, "Evidence document " + n + ": "
                    + (link ? "published children's services plan extract" : "multi-agency chronology audit report"),
                    "", Agency.values()[n % Agency.values().length], LocalDate.of(2024, 1 + n % 12, 1 + n % 28),
                    SourceType.values()[n % SourceType.values().length], List.of(), null,
                    n % 10 == 7 ? EvidenceStatus.HELD : EvidenceStatus.CLEARED, 1,
                    link ? null : "audit-" + n + ".pdf", link ? null : 120_000L + n,
                    link ? "https://www.clacks.gov.uk/documents/plan-" + n + ".pdf" : null, null, "demo-lead", at, at, 0);
            log.put(item.documentNumber(), item);
        }
        return log;
    }
}
