package scot.triangulate.evidence.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Extracts text with Apache Tika, bounded in time and in the amount of text: a document that takes too
 * long, holds too much text, is encrypted, corrupt or bomb-like ends with a clear {@link ExtractionProblem}.
 * Tika's own zip-bomb guard (the secure content handler its auto-detecting parser wraps around ours) stays in force.
 */
public class TextExtractor {

    private final Parser parser = new AutoDetectParser();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "text-extraction");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private final int maxCharacters;

    public TextExtractor(Duration timeout, int maxCharacters) {
        this.timeout = timeout;
        this.maxCharacters = maxCharacters;
    }

    public ExtractedText extract(InputStream content) throws ExtractionProblem {
        Future<ExtractedText> job = threads.submit(() -> parse(content));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ExtractionProblem("extraction.timeout", e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionProblem("extraction.interrupted", e);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
    }

    private ExtractedText parse(InputStream content) throws IOException, SAXException, TikaException {
        PageCollector pages = new PageCollector(maxCharacters);
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        parser.parse(content, pages, metadata, context);
        return pages.result();
    }

    private static ExtractionProblem classify(Throwable cause) {
        if (cause instanceof ExtractionProblem problem) {
            return problem;
        }
        if (cause instanceof TooMuchText) {
            return new ExtractionProblem("extraction.tooMuchText", cause);
        }
        if (cause instanceof EncryptedDocumentException || cause instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
            return new ExtractionProblem("extraction.encrypted", cause);
        }
        if (cause instanceof ZeroByteFileException) {
            return new ExtractionProblem("extraction.empty", cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ZipBombException") || t instanceof TooMuchText) {
                return new ExtractionProblem(t instanceof TooMuchText ? "extraction.tooMuchText" : "extraction.bomb", cause);
            }
            if (t instanceof EncryptedDocumentException) {
                return new ExtractionProblem("extraction.encrypted", cause);
            }
        }
        if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return new ExtractionProblem("extraction.bomb", cause);
        }
        return new ExtractionProblem("extraction.corrupt", cause);
    }

    /** Thrown inside the parse once the text passes the limit. */
    static final class TooMuchText extends SAXException {
        TooMuchText() {
            super("too much text");
        }
    }

    /**
     * Collects text page by page (Tika marks each PDF page with {@code <div class="page">}), ending lines at
     * block elements so line numbers mean something.
     */
    static final class PageCollector extends DefaultHandler {

        private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
                "h6", "table", "title", "pre", "blockquote");

        private final int maxCharacters;
        private final List<String> pages = new ArrayList<>();
        private StringBuilder page = new StringBuilder();
        private boolean paged;
        private int total;

        PageCollector(int maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
                // Text before the first page (the document's title, say) is not on any page: drop it.
                if (paged) {
                    pages.add(page.toString());
                }
                page = new StringBuilder();
                paged = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            if (BLOCKS.contains(name) && page.length() > 0 && page.charAt(page.length() - 1) != '\n') {
                page.append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                page.append('\t');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            total += length;
            if (total > maxCharacters) {
                throw new TooMuchText();
            }
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                // Form feeds separate pages in the stored text; keep them out of the page's own text.
                page.append(c == '\f' ? '\n' : c);
            }
        }

        /** Tika indents its XHTML with ignorable whitespace; lines come from block elements instead. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
        }

        ExtractedText result() {
            List<String> all = new ArrayList<>(pages);
            if (page.length() > 0 || all.isEmpty()) {
                all.add(page.toString());
            }
            return new ExtractedText(all, paged);
        }
    }
}
