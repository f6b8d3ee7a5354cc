package scot.triangulate.evidence.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.triangulate.evidence.TestDocuments;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(Duration.ofSeconds(30), 1_000_000);

    @Test
    void extractsAPdfPageByPage() throws Exception {
        byte[] pdf = TestDocuments.pdf(List.of(
                List.of("Quality assurance report", "Chronologies were audited"),
                List.of("Second page about care planning"),
                List.of("Third page", "line two", "line three")));
        ExtractedText text = extractor.extract(new ByteArrayInputStream(pdf));
        assertThat(text.paged()).isTrue();
        assertThat(text.pages()).hasSize(3);
        assertThat(text.pages().get(0)).contains("Chronologies were audited");
        assertThat(text.pages().get(1)).contains("care planning").doesNotContain("Chronologies");
        assertThat(text.pages().get(2)).contains("line three");
        assertThat(text.text().split("\f")).hasSize(3);
    }

    @Test
    void extractsWordAndPlainText() throws Exception {
        ExtractedText docx = extractor.extract(new ByteArrayInputStream(TestDocuments.docx("First paragraph", "Second paragraph")));
        assertThat(docx.paged()).isFalse();
        assertThat(docx.text()).contains("First paragraph").contains("Second paragraph");
        ExtractedText txt = extractor.extract(new ByteArrayInputStream("plain words\nsecond line".getBytes(StandardCharsets.UTF_8)));
        assertThat(txt.text()).contains("plain words").contains("second line");
    }

    @Test
    void endsWithAClearProblemForEncryptedCorruptAndOverlongDocuments() throws Exception {
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(TestDocuments.encryptedPdf())))
                .isInstanceOf(ExtractionProblem.class)
                .extracting(e -> ((ExtractionProblem) e).messageKey()).isEqualTo("extraction.encrypted");
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream("%PDF-1.4\nbroken".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ExtractionProblem.class)
                .extracting(e -> ((ExtractionProblem) e).messageKey()).isEqualTo("extraction.corrupt");
        TextExtractor small = new TextExtractor(Duration.ofSeconds(30), 50);
        assertThatThrownBy(() -> small.extract(new ByteArrayInputStream("word ".repeat(100).getBytes(StandardCharsets.UTF_8))))
                .extracting(e -> ((ExtractionProblem) e).messageKey()).isEqualTo("extraction.tooMuchText");
    }

    @Test
    void givesUpOnADocumentThatTakesTooLong() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            pages.add(List.of("Page " + p + " of a long report on outcomes for looked after children"));
        }
        byte[] pdf = TestDocuments.pdf(pages);
        TextExtractor hasty = new TextExtractor(Duration.ofMillis(1), 1_000_000);
        assertThatThrownBy(() -> hasty.extract(new ByteArrayInputStream(pdf)))
                .extracting(e -> ((ExtractionProblem) e).messageKey()).isEqualTo("extraction.timeout");
    }
}
