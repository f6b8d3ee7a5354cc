package scot.triangulate.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.shared.ConcurrentChangeException;

/**
 * Corrects an item's details after it was added (a wrong title, source, date or QI tag) under the same document
 * number. Changed text is screened again for personal data; the audit keeps what each change replaced.
 */
@Service
public class EvidenceCorrection {

    private final EvidenceService evidence;
    private final EvidenceRepository repository;
    private final Screening screening;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final PartnershipAccess access;

    EvidenceCorrection(EvidenceService evidence, EvidenceRepository repository, Screening screening, AuditLog audit,
            TransactionTemplate transaction, PartnershipAccess access) {
        this.evidence = evidence;
        this.repository = repository;
        this.screening = screening;
        this.audit = audit;
        this.transaction = transaction;
        this.access = access;
    }

    /** Whether the acting person may correct the partnership's documents: those who may add them. */
    public boolean mayChange(String partnership, Authentication actor) {
        return access.canContribute(actor, partnership);
    }

    /** The item as it is now, for the acting person to correct; refused to those who may not. */
    public EvidenceItem toChange(String partnership, int number, Authentication actor) {
        access.requireContributor(actor, partnership, "corrects a document's details");
        return evidence.get(partnership, number);
    }

    /**
     * Replaces the details of item {@code number} as the acting person read them at {@code detailsVersion}. Refuses bad
     * input and a change made since by someone else (nothing is stored in either case); returns the item as now.
     */
    public EvidenceItem change(String partnership, int number, EvidenceDetails details, int detailsVersion,
            Authentication actor) {
        access.requireContributor(actor, partnership, "corrects a document's details");
        EvidenceItem before = evidence.unmasked(partnership, number);
        EvidenceDetails checked = new EvidenceDetails(details.title() == null ? null : details.title().strip(),
                details.description() == null ? "" : details.description().strip(), details.agency(),
                details.documentDate(), details.sourceType(), details.indicators(), details.coreCategory());
        evidence.checkDetails(checked);
        Map<String, Object> was = changes(EvidenceDetails.of(before), checked);
        if (was.isEmpty()) {
            return before;
        }
        return transaction.execute(status -> {
            if (!repository.updateDetails(before.id(), checked, detailsVersion)) {
                throw new ConcurrentChangeException("document", before.documentNumber());
            }
            long versionId = repository.currentVersionId(before.id());
            rescreen(versionId, "title", before.title(), checked.title());
            rescreen(versionId, "description", before.description(), checked.description());
            repository.reindex(before.id());
            EvidenceItem after = evidence.unmasked(partnership, number);
            audit.record("evidence.details-changed", "evidence", after.documentNumber(), partnership, was,
                    changes(checked, EvidenceDetails.of(before)));
            return after;
        });
    }

    private void rescreen(long versionId, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        repository.deleteOpenFieldFindings(versionId, field);
        for (Screening.Placed finding : screening.fields(after, null)) {
            repository.insertFinding(versionId, finding.kind(), null, null, field, finding.excerpt());
        }
    }

    /** The fields of {@code from} that differ in {@code to}, with their values in {@code from}. */
    private static Map<String, Object> changes(EvidenceDetails from, EvidenceDetails to) {
        Map<String, Object> differing = new LinkedHashMap<>();
        put(differing, "title", from.title(), to.title());
        put(differing, "description", from.description(), to.description());
        put(differing, "agency", from.agency(), to.agency());
        put(differing, "documentDate", from.documentDate(), to.documentDate());
        put(differing, "sourceType", from.sourceType(), to.sourceType());
        put(differing, "indicators", from.indicators(), to.indicators());
        put(differing, "coreCategory", from.coreCategory(), to.coreCategory());
        return differing;
    }

    private static void put(Map<String, Object> differing, String field, Object from, Object to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (field.equals("description")) {
            // A description may hold what screening holds back: the audit says that it changed, not what it said.
            differing.put(field, "(changed)");
        } else {
            differing.put(field, from == null ? "" : from instanceof Enum<?> e ? e.name() : from.toString());
        }
    }
}
