package scot.triangulate.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.storage.FileStore;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.shared.NotFoundException;

/**
 * A partnership's evidence library: items added as files or links, each with a number in the document log
 * that is never reused, versions that supersede each other under that number, and personal-data screening
 * that holds an item until its findings are cleared.
 */
@Service
public class EvidenceService {

    /** Quality indicators are those of the current framework. */
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 5000;
    private static final int SEARCH_LIMIT = 25;

    private final EvidenceRepository repository;
    private final FileStore files;
    private final Screening screening;
    private final FrameworkCatalogue frameworks;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final UploadInspector inspector = new UploadInspector();
    private final Path incoming;

    private final PartnershipAccess access;

    EvidenceService(EvidenceRepository repository, FileStore files, Screening screening, FrameworkCatalogue frameworks,
            AuditLog audit, TransactionTemplate transaction, UploadDirectory uploads, PartnershipAccess access) {
        this.access = access;
        this.repository = repository;
        this.files = files;
        this.screening = screening;
        this.frameworks = frameworks;
        this.audit = audit;
        this.transaction = transaction;
        this.incoming = uploads.path();
    }

    /** Whether the acting person sees the partnership's evidence: its members and administrators. */
    public boolean mayView(String partnership, Authentication actor) {
        return access.canView(actor, partnership);
    }

    /** Whether the acting person may clear a personal-data finding on a document: a lead, as {@link #clearFinding}. */
    public boolean mayClear(String partnership, Authentication actor) {
        return access.canLead(actor, partnership);
    }

    /** Adds a file or a link to the partnership's log and returns it; refuses bad input before storing anything. */
    public EvidenceItem add(String partnership, NewEvidence evidence, String by) {
        checkDetails(evidence.details());
        if ((evidence.file() == null) == (evidence.url() == null || evidence.url().isBlank())) {
            throw new EvidenceRejectedException("file", "evidence.fileOrLink");
        }
        if (evidence.file() != null) {
            UploadInspector.Inspected upload = inspect(partnership, evidence.file());
            try {
                store(upload);
                return transaction.execute(status -> {
                    int number = repository.nextNumber(partnership);
                    long itemId = repository.insertItem(partnership, number, evidence, by);
                    long versionId = addFileVersion(itemId, upload, by);
                    screenFields(versionId, evidence.title(), evidence.description());
                    repository.reindex(itemId);
                    return recordAdded(partnership, number);
                });
            } finally {
                delete(upload.file());
            }
        }
        String url = LinkCheck.check(evidence.url());
        return transaction.execute(status -> {
            int number = repository.nextNumber(partnership);
            long itemId = repository.insertItem(partnership, number, evidence, by);
            long versionId = repository.insertVersion(itemId, null, null, null, null, url, "DONE", by);
            screenFields(versionId, evidence.title(), evidence.description());
            repository.reindex(itemId);
            return recordAdded(partnership, number);
        });
    }

    /** A new version (for example a redacted copy) supersedes the current one under the same number. */
    public EvidenceItem addVersion(String partnership, int number, NewEvidence.Upload file, String url, String by) {
        EvidenceItem item = unmasked(partnership, number);
        if ((file == null) == (url == null || url.isBlank())) {
            throw new EvidenceRejectedException("file", "evidence.fileOrLink");
        }
        if (file != null) {
            UploadInspector.Inspected upload = inspect(partnership, file);
            try {
                store(upload);
                return transaction.execute(status -> {
                    long versionId = addFileVersion(item.id(), upload, by);
                    screenFields(versionId, item.title(), item.description());
                    repository.reindex(item.id());
                    return recordVersion(item);
                });
            } finally {
                delete(upload.file());
            }
        }
        String checked = LinkCheck.check(url);
        return transaction.execute(status -> {
            long versionId = repository.insertVersion(item.id(), null, null, null, null, checked, "DONE", by);
            screenFields(versionId, item.title(), item.description());
            repository.reindex(item.id());
            return recordVersion(item);
        });
    }

    /** The log; a held item's description shows its personal data masked. */
    public List<EvidenceItem> log(String partnership) {
        return repository.log(partnership).stream().map(screening::masked).toList();
    }

    /** Items held by personal-data screening, waiting for someone to clear each finding or upload a redacted version. */
    public List<EvidenceItem> held(String partnership) {
        return log(partnership).stream().filter(item -> item.status() == EvidenceStatus.HELD).toList();
    }

    /** One item; while it is held its description shows its personal data masked. */
    public EvidenceItem get(String partnership, int number) {
        return screening.masked(unmasked(partnership, number));
    }

    EvidenceItem unmasked(String partnership, int number) {
        return repository.find(partnership, number)
                .orElseThrow(() -> new NotFoundException("document", partnership + " " + DocumentNumber.format(number)));
    }

    public List<EvidenceVersion> versions(String partnership, int number) {
        return repository.versions(get(partnership, number).id());
    }

    /** Findings on the item's current version. */
    public List<ScreeningFinding> findings(String partnership, int number) {
        return repository.findings(repository.currentVersionId(get(partnership, number).id()));
    }

    /** The findings on the item's current version, for a partnership lead to decide on; refused to anyone else. */
    public List<ScreeningFinding> findingsToDecide(String partnership, int number, Authentication actor) {
        access.requireLead(actor, partnership, "decides on personal-data findings");
        return findings(partnership, number);
    }

    /** A partnership lead records that a finding is not personal data; the audit keeps who and why. */
    public void clearFinding(String partnership, int number, long findingId, String reason, Authentication actor) {
        clearFindings(partnership, number, Map.of(findingId, reason == null ? "" : reason), actor);
    }

    /**
     * A partnership lead clears several findings of the item's current version at once, each with its reason: all of
     * them or, if any is refused (no reason, not an open finding of this item), none.
     */
    public void clearFindings(String partnership, int number, Map<Long, String> reasons, Authentication actor) {
        access.requireLead(actor, partnership, "clears a personal-data finding");
        String by = actor.getName();
        EvidenceItem item = get(partnership, number);
        if (reasons.isEmpty()) {
            throw new EvidenceRejectedException("clear", "finding.choose");
        }
        Map<Long, ScreeningFinding> open = new LinkedHashMap<>();
        findings(partnership, number).stream().filter(f -> !f.cleared()).forEach(f -> open.put(f.id(), f));
        reasons.forEach((id, reason) -> {
            if (!open.containsKey(id)) {
                throw new NotFoundException("finding", String.valueOf(id));
            }
            if (reason == null || reason.isBlank()) {
                throw new EvidenceRejectedException("reason-" + id, "finding.reason.required");
            }
        });
        transaction.executeWithoutResult(status -> reasons.forEach((id, reason) -> {
            if (!repository.clearFinding(item.id(), id, by, reason.strip())) {
                throw new NotFoundException("finding", String.valueOf(id));
            }
            ScreeningFinding finding = open.get(id);
            audit.record("evidence.finding-cleared", "evidence", item.documentNumber(), partnership,
                    Map.of("kind", finding.kind(), "location", finding.location(), "excerpt", finding.excerpt()),
                    Map.of("cleared", true, "reason", reason.strip()));
        }));
    }

    public List<EvidenceSearchResult> search(String partnership, EvidenceSearch search) {
        return repository.search(partnership, search, SEARCH_LIMIT).stream()
                .map(r -> {
                    boolean held = r.item().status() == EvidenceStatus.HELD;
                    String snippet = r.snippet() == null ? null
                            : Snippets.highlight(held ? Snippets.masked(r.snippet(), screening::mask) : r.snippet());
                    return new EvidenceSearchResult(screening.masked(r.item()), snippet);
                })
                .toList();
    }

    /** How many of the partnership's documents are held for personal data, waiting for a lead's decision. */
    public long heldCount(String partnership) {
        return repository.heldCount(partnership);
    }

    /** A stored file of one version, checked against its hash before it is handed out. */
    public record StoredDocument(String fileName, String contentType, long size, InputStream content) {
    }

    /** The file of one version for the submission pack: never a version that holds personal data. */
    public StoredDocument file(String partnership, int number, int versionNumber) {
        return file(partnership, number, versionNumber, null, false);
    }

    /**
     * The file of one version for the acting person. A version holding personal data (an uncleared finding) is handed
     * out only to a partnership lead and to the person who uploaded it.
     */
    public StoredDocument file(String partnership, int number, int versionNumber, Authentication actor) {
        return file(partnership, number, versionNumber, actor.getName(), access.canLead(actor, partnership));
    }

    private StoredDocument file(String partnership, int number, int versionNumber, String by, boolean lead) {
        EvidenceItem item = get(partnership, number);
        EvidenceVersion version = repository.version(item.id(), versionNumber)
                .filter(v -> v.sha256() != null)
                .orElseThrow(() -> new NotFoundException("file", item.documentNumber() + " version " + versionNumber));
        if (!lead && !version.uploadedBy().equals(by) && version.held()) {
            throw new AccessDeniedException("A held version is downloaded only by a lead or its uploader");
        }
        try {
            return new StoredDocument(version.fileName(), version.contentType(), version.sizeBytes(), files.open(version.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The framework whose quality indicators evidence is tagged with: the one in use. */
    public String taggingFramework() {
        return frameworks.current().id();
    }

    /** Every quality indicator code of the current framework, in order, with its title. */
    public Map<String, String> indicatorChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        frameworks.current().indicators().forEach(i -> choices.put(i.code(), i.title()));
        return choices;
    }

    void checkDetails(EvidenceDetails evidence) {
        if (evidence.title() == null || evidence.title().isBlank()) {
            throw new EvidenceRejectedException("title", "evidence.title.required");
        }
        if (evidence.title().length() > MAX_TITLE) {
            throw new EvidenceRejectedException("title", "evidence.title.long");
        }
        if (evidence.description() != null && evidence.description().length() > MAX_DESCRIPTION) {
            throw new EvidenceRejectedException("description", "evidence.description.long");
        }
        if (evidence.agency() == null) {
            throw new EvidenceRejectedException("agency", "evidence.agency.required");
        }
        if (evidence.sourceType() == null) {
            throw new EvidenceRejectedException("sourceType", "evidence.sourceType.required");
        }
        Map<String, String> indicators = indicatorChoices();
        for (String code : evidence.indicators() == null ? List.<String>of() : evidence.indicators()) {
            if (!indicators.containsKey(code)) {
                throw new EvidenceRejectedException("indicators", "evidence.indicators.unknown", code);
            }
        }
    }

    private UploadInspector.Inspected inspect(String partnership, NewEvidence.Upload file) {
        UploadInspector.Inspected upload;
        try {
            upload = inspector.inspect(file, incoming);
        } catch (IOException e) {
            throw new EvidenceRejectedException("file", "evidence.file.unreadable");
        }
        repository.numberHoldingFile(partnership, upload.sha256()).ifPresent(existing -> {
            delete(upload.file());
            throw new EvidenceRejectedException("file", "evidence.file.duplicate", DocumentNumber.format(existing));
        });
        return upload;
    }

    private void store(UploadInspector.Inspected upload) {
        try {
            files.put(upload.sha256(), upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
    }

    private long addFileVersion(long itemId, UploadInspector.Inspected upload, String by) {
        repository.saveStoredFile(upload.sha256(), upload.size(), upload.contentType());
        long versionId = repository.insertVersion(itemId, upload.sha256(), upload.fileName(), upload.contentType(),
                upload.size(), null, "PENDING", by);
        repository.queueExtraction(versionId);
        return versionId;
    }

    private void screenFields(long versionId, String title, String description) {
        for (Screening.Placed finding : screening.fields(title, description)) {
            repository.insertFinding(versionId, finding.kind(), null, null, finding.field(), finding.excerpt());
        }
    }

    private EvidenceItem recordAdded(String partnership, int number) {
        EvidenceItem item = unmasked(partnership, number);
        audit.record("evidence.added", "evidence", item.documentNumber(), partnership, null, summary(item));
        return item;
    }

    private EvidenceItem recordVersion(EvidenceItem before) {
        EvidenceItem after = unmasked(before.partnership(), before.number());
        audit.record("evidence.version-added", "evidence", after.documentNumber(), after.partnership(), summary(before), summary(after));
        return after;
    }

    private static Map<String, Object> summary(EvidenceItem item) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("number", item.documentNumber());
        summary.put("title", item.title());
        summary.put("sourceType", item.sourceType().name());
        summary.put("version", item.currentVersion());
        summary.put(item.isLink() ? "url" : "file", item.isLink() ? item.url() : item.fileName());
        return summary;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; it is in the system's temporary directory.
        }
    }
}
