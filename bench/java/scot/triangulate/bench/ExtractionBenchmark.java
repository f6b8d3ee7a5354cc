package scot.triangulate.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
import scot.triangulate.evidence.extraction.ExtractedText;
import scot.triangulate.evidence.extraction.TextExtractor;
import scot.triangulate.evidence.screening.Finding;
import scot.triangulate.evidence.screening.PersonalDataScreen;

/**
 * Extraction and personal-data screening of a 100-page PDF, as the background worker does them.
 * Target: under 2 s for the two together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractionBenchmark {

    private byte[] pdf;
    private String text;
    private final TextExtractor extractor = new TextExtractor(Duration.ofSeconds(60), 2_000_000);
    private final PersonalDataScreen screen = new PersonalDataScreen();

    @Setup
    public void makeDocument() throws Exception {
        pdf = hundredPagePdf();
        text = extractor.extract(new ByteArrayInputStream(pdf)).text();
    }

    @Benchmark
    public List<Finding> extractAndScreen() throws Exception {
        ExtractedText extracted = extractor.extract(new ByteArrayInputStream(pdf));
        return screen.screen(extracted.text());
    }

    @Benchmark
    public ExtractedText extractOnly() throws Exception {
        return extractor.extract(new ByteArrayInputStream(pdf));
    }

    @Benchmark
    public List<Finding> screenOnly() {
        return screen.screen(text);
    }

    /** 100 pages of 45 lines of report-like text (about 300,000 characters), with a little personal data. */
    static byte[] hundredPagePdf() throws IOException {
        String[] sentences = {
            "The partnership reviewed the chronologies of children on the child protection register.",
            "Case conferences were held within 28 days of the initial referral discussion in most cases.",
            "Staff from social work, health, education and police attended the core group meeting.",
            "Young people told the review that they wanted one consistent worker and earlier planning.",
            "The lead professional recorded the child's views in the child's plan and reviewed them.",
        };
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 100; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 7);
                    content.setLeading(9);
                    content.newLineAtOffset(30, 760);
                    for (int l = 0; l < 45; l++) {
                        String line = sentences[(p + l) % sentences.length];
                        if (l == 20 && p % 10 == 0) {
                            line = "Contact Mrs Jean Paterson at 14 Glebe Terrace, Alloa FK10 1EB, phone 07700 900123.";
                        }
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
