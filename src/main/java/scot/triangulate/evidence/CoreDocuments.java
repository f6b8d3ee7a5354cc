package scot.triangulate.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;

/**
 * The core documents checklist: each of the thirteen categories inspectors ask for is met by one or more items
 * in the document log, or marked "not held" with a reason.
 */
@Service
public class CoreDocuments {

    public static final int MAX_REASON = 2000;

    private final EvidenceRepository evidence;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    CoreDocuments(EvidenceRepository evidence, JdbcClient jdbc, AuditLog audit) {
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One category: the items meeting it, or the reason it is not held. */
    public record Entry(CoreDocumentCategory category, List<EvidenceItem> items, String notHeldReason) {

        public boolean met() {
            return !items.isEmpty();
        }

        public boolean explained() {
            return items.isEmpty() && notHeldReason != null;
        }

        public boolean complete() {
            return met() || explained();
        }
    }

    public record Completeness(int complete, int total) {

        public boolean all() {
            return complete == total;
        }
    }

    public List<Entry> checklist(String partnership) {
        Map<CoreDocumentCategory, List<EvidenceItem>> items = evidence.log(partnership).stream()
                .filter(i -> i.coreCategory() != null)
                .collect(Collectors.groupingBy(EvidenceItem::coreCategory));
        Map<String, String> reasons = jdbc.sql("select category, reason from core_document_not_held where partnership = :p")
                .param("p", partnership)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(CoreDocumentCategory.values())
                .map(c -> new Entry(c, items.getOrDefault(c, List.of()), reasons.get(c.name())))
                .toList();
    }

    public Completeness completeness(String partnership) {
        List<Entry> checklist = checklist(partnership);
        return new Completeness((int) checklist.stream().filter(Entry::complete).count(), checklist.size());
    }

    @Transactional
    public void markNotHeld(String partnership, CoreDocumentCategory category, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new EvidenceRejectedException("reason", "core.reason.required");
        }
        if (reason.length() > MAX_REASON) {
            throw new EvidenceRejectedException("reason", "core.reason.long");
        }
        jdbc.sql("""
                insert into core_document_not_held (partnership, category, reason, recorded_by)
                values (:p, :c, :reason, :by)
                on conflict (partnership, category) do update
                   set reason = excluded.reason, recorded_by = excluded.recorded_by, recorded_at = now()
                """).param("p", partnership).param("c", category.name()).param("reason", reason.strip()).param("by", by).update();
        audit.record("core-document.not-held", "core-document", category.name(), partnership, null, Map.of("reason", reason.strip()));
    }

    @Transactional
    public void clearNotHeld(String partnership, CoreDocumentCategory category) {
        int removed = jdbc.sql("delete from core_document_not_held where partnership = :p and category = :c")
                .param("p", partnership).param("c", category.name()).update();
        if (removed > 0) {
            audit.record("core-document.not-held-withdrawn", "core-document", category.name(), partnership, null, null);
        }
    }
}
