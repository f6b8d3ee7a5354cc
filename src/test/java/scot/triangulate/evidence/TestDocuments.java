package scot.triangulate.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import scot.triangulate.demo.DemoDocuments;

/** Real documents made for tests: PDFs with pages of text, Word files, and hostile files. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A PDF with one page per entry, each page's lines as given. */
    public static byte[] pdf(List<List<String>> pages) throws IOException {
        return DemoDocuments.pdf(pages);
    }

    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        return DemoDocuments.docx(List.of(paragraphs));
    }

    /** A genuine Word file with an extra part that expands to {@code megabytes} of zeros: a zip bomb. */
    public static byte[] docxBomb(int megabytes) throws IOException {
        byte[] docx = docx("An ordinary looking report.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
