package scot.triangulate.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.storage.FileStore;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.shared.NotFoundException;

/**
 * Erasure of a superseded version that holds personal data (UK GDPR): its file name, extracted text and link to
 * the file go; its bytes leave the file store when no other version refers to the same SHA-256; a tombstone and
 * the audit entry say who erased it, when and why. The current (redacted) version stays. Who may erase (a
 * partnership lead or an administrator) is decided by the caller.
 */
@Service
public class EvidenceErasure {

    static final int MAX_REASON = 500;

    private final EvidenceService evidence;
    private final ErasureRepository repository;
    private final FileStore files;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    private final PartnershipAccess access;

    EvidenceErasure(EvidenceService evidence, ErasureRepository repository, FileStore files, AuditLog audit,
            TransactionTemplate transaction, PartnershipAccess access) {
        this.access = access;
        this.evidence = evidence;
        this.repository = repository;
        this.files = files;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Erases version {@code versionNumber} of the item, for a partnership lead; refuses the current version and one
     * that holds nothing.
     */
    public void erase(String partnership, int number, int versionNumber, String reason, Authentication actor) {
        access.requireLead(actor, partnership, "erases a version of a document");
        String by = actor.getName();
        EvidenceItem item = evidence.unmasked(partnership, number);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new EvidenceRejectedException("reason", "erasure.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new EvidenceRejectedException("reason", "erasure.reason.long", MAX_REASON);
        }
        EvidenceVersion version = evidence.versions(partnership, number).stream()
                .filter(v -> v.versionNumber() == versionNumber && !v.erased()).findFirst()
                .orElseThrow(() -> new NotFoundException("version", item.documentNumber() + " version " + versionNumber));
        if (versionNumber == item.currentVersion()) {
            throw new EvidenceRejectedException("version", "erasure.current");
        }
        if (!version.held()) {
            throw new EvidenceRejectedException("version", "erasure.notHeld");
        }
        transaction.executeWithoutResult(status -> {
            String sha256 = version.sha256();
            if (sha256 != null) {
                repository.lockStoredFile(sha256);
            }
            repository.blank(version.id());
            boolean fileRemoved = sha256 != null && !repository.referenced(sha256);
            repository.insertTombstone(version.id(), item.id(), versionNumber, by, why, fileRemoved);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("version", versionNumber);
            before.put(version.sha256() != null ? "sha256" : "url", version.sha256() != null ? sha256 : "link");
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("erased", true);
            after.put("reason", why);
            after.put("fileRemoved", fileRemoved);
            audit.record("evidence.version-erased", "evidence", item.documentNumber(), partnership, before, after);
            if (fileRemoved) {
                // Last, so that if the store refuses, the whole erasure is rolled back and can be tried again.
                repository.deleteStoredFile(sha256);
                try {
                    files.delete(sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException("The stored file could not be removed", e);
                }
            }
        });
    }
}
