package scot.triangulate.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import scot.triangulate.evidence.storage.Sha256;

/**
 * Checks an upload before anything is stored: its name, type, size and content. Every refusal names the
 * problem in words the person can act on; nothing refused is kept.
 */
class UploadInspector {

    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 200;
    /** Zip containers (DOCX, XLSX, PPTX, ODT, ODS): limits that an honest office document stays well within. */
    static final long MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 20_000;
    static final int MAX_ZIP_RATIO = 100;

    /** Allowed extensions and the content type each must really have. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "txt", "text/plain",
            "csv", "text/csv");

    private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    record Inspected(Path file, String sha256, String fileName, String contentType, long size) {
    }

    /** Copies the upload to {@code directory}, checks it, and returns it; the caller deletes the file. */
    Inspected inspect(NewEvidence.Upload upload, Path directory) throws IOException {
        String name = checkName(upload.fileName());
        String extension = extension(name);
        String expected = TYPES.get(extension);
        if (expected == null) {
            throw new EvidenceRejectedException("file", "evidence.file.type");
        }
        if (upload.size() > MAX_BYTES) {
            throw new EvidenceRejectedException("file", "evidence.file.tooLarge");
        }
        Path file = Files.createTempFile(directory, "upload-", ".tmp");
        try {
            String sha256;
            try (InputStream in = upload.content(); OutputStream out = new LimitedOutputStream(Files.newOutputStream(file), MAX_BYTES)) {
                sha256 = Sha256.copy(in, out);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new EvidenceRejectedException("file", "evidence.file.empty");
            }
            checkContent(file, extension, expected);
            return new Inspected(file, sha256, name, expected, size);
        } catch (LimitedOutputStream.LimitExceeded e) {
            Files.deleteIfExists(file);
            throw new EvidenceRejectedException("file", "evidence.file.tooLarge");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    static String checkName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new EvidenceRejectedException("file", "evidence.file.required");
        }
        boolean pathParts = fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
                || fileName.startsWith(".");
        boolean hidden = fileName.codePoints().anyMatch(UploadInspector::hiddenInName);
        if (pathParts || hidden || fileName.length() > MAX_NAME_LENGTH || fileName.strip().length() != fileName.length()) {
            throw new EvidenceRejectedException("file", "evidence.file.name");
        }
        return fileName;
    }

    /**
     * Control characters, and every invisible formatting character (Unicode category Cf: the bidirectional
     * overrides, embeddings, isolates and marks such as U+202E, U+2066-2069 and U+061C, zero-width characters,
     * the byte order mark), and line or paragraph separators: each can make a name read as something it is not
     * (U+202E turns "report", U+202E, "fdp.exe" into a name shown as "reportexe.pdf") or hide that two names differ.
     */
    static boolean hiddenInName(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void checkContent(Path file, String extension, String expected) throws IOException {
        boolean zipContainer = !extension.equals("pdf") && !extension.equals("txt") && !extension.equals("csv");
        if (zipContainer && looksLikeZip(file)) {
            // Before anything opens the container: type detection itself would unpack a bomb.
            checkZip(file);
        }
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = detector.detect(in, new Metadata());
        }
        String type = detected.getBaseType().toString();
        if (type.equals(PROTECTED_OOXML)) {
            throw new EvidenceRejectedException("file", "evidence.file.encrypted");
        }
        switch (extension) {
            case "txt", "csv" -> checkText(file, type);
            default -> {
                if (!type.equals(expected)) {
                    throw new EvidenceRejectedException("file", "evidence.file.mismatch", extension.toUpperCase(Locale.ROOT));
                }
            }
        }
        if (extension.equals("pdf")) {
            checkPdf(file);
        }
    }

    private static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * Whether a detected type is text that a TXT or CSV name fits. Type detection reads a plain letter that begins
     * "Date: ..." or "From: ..." as e-mail (message/rfc822, message/x-emlx) or a mailbox (application/mbox): those
     * are text too. Whatever the detection, the bytes are then checked to be text.
     */
    static boolean textLike(String detectedType) {
        return detectedType.startsWith("text/") || detectedType.startsWith("message/") || detectedType.equals("application/mbox");
    }

    private static void checkText(Path file, String detectedType) throws IOException {
        if (!textLike(detectedType)) {
            throw new EvidenceRejectedException("file", "evidence.file.mismatch", "TXT");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new EvidenceRejectedException("file", "evidence.file.mismatch", "TXT");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            // Not UTF-8: accepted as Windows-1252 text, which every byte sequence without NULs decodes as.
        }
    }

    /** Encrypted PDFs cannot be screened for personal data, so they are refused. */
    private static void checkPdf(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.isEncrypted()) {
                throw new EvidenceRejectedException("file", "evidence.file.encrypted");
            }
        } catch (InvalidPasswordException e) {
            throw new EvidenceRejectedException("file", "evidence.file.encrypted");
        } catch (IOException e) {
            throw new EvidenceRejectedException("file", "evidence.file.corrupt");
        }
    }

    /** A zip bomb expands to far more than any document needs: refuse it before anything reads it whole. */
    private static void checkZip(Path file) throws IOException {
        long compressed = Files.size(file);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new EvidenceRejectedException("file", "evidence.file.bomb");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > MAX_UNZIPPED_BYTES || (total > 10 * 1024 * 1024 && total > compressed * MAX_ZIP_RATIO)) {
                            throw new EvidenceRejectedException("file", "evidence.file.bomb");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new EvidenceRejectedException("file", "evidence.file.corrupt");
        }
    }

    /** Stops writing once a limit is passed, so an oversized upload never fills the disk. */
    static final class LimitedOutputStream extends java.io.FilterOutputStream {

        static final class LimitExceeded extends IOException {
        }

        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(long n) throws LimitExceeded {
            written += n;
            if (written > limit) {
                throw new LimitExceeded();
            }
        }
    }
}
