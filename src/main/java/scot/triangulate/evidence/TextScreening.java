package scot.triangulate.evidence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.screening.Finding;
import scot.triangulate.evidence.screening.PersonalDataScreen;
import scot.triangulate.evidence.storage.Sha256;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.shared.NotFoundException;

/**
 * Personal-data screening of free text written outside evidence: position statement sections, evaluation answers
 * and cited points, improvement actions and PDSA notes. The text is always saved; what the screen finds is kept
 * beside it, field by field, until a partnership lead clears it (with a reason the audit keeps) or the text
 * changes. Unresolved findings in a cycle stop its position statement being submitted. Who may clear is decided
 * by the caller (partnership leads and administrators).
 */
@Service
public class TextScreening {

    static final int MAX_REASON = 500;

    private final TextScreeningRepository repository;
    private final AuditLog audit;
    private final PersonalDataScreen screen = new PersonalDataScreen();

    private final PartnershipAccess access;

    TextScreening(TextScreeningRepository repository, AuditLog audit, PartnershipAccess access) {
        this.access = access;
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * Where a text lives: its partnership and cycle, a type ("position-statement", "evaluation", "improvement-action",
     * "pdsa-cycle"), an id unique in the partnership, what to call it (a section title, a QI) and its page.
     */
    public record Place(String partnership, long cycleId, String type, String subject, String label, String link) {
    }

    /** Places in a cycle whose text holds findings nobody has cleared. */
    public record Unresolved(String type, String label, String link, int count) {
    }

    /**
     * Screens the place's fields (name to text); a field whose text is unchanged keeps its findings and their
     * clearances, a changed one is screened afresh (a finding cleared before, with the same masked excerpt, stays
     * cleared). Returns the place's findings.
     */
    @Transactional
    public ScreenedText screen(Place place, Map<String, String> fields) {
        fields.forEach((field, text) -> screenField(place, field, text == null ? "" : text));
        return findings(place.partnership(), place.subject());
    }

    /** Removes a field that no longer exists (a citation taken off), with its findings. */
    @Transactional
    public void forget(String partnership, String subject, String field) {
        repository.delete(partnership, subject, field);
    }

    public ScreenedText findings(String partnership, String subject) {
        return new ScreenedText(repository.findings(partnership, subject));
    }

    /** Whether the acting person may clear findings in the partnership's texts: its leads (and administrators). */
    public boolean mayClear(String partnership, Authentication actor) {
        return access.canLead(actor, partnership);
    }

    /** A lead records that a finding is not personal data; the audit keeps who and why. Returns its place's page. */
    @Transactional
    public String clear(String partnership, long findingId, String reason, Authentication actor) {
        access.requireLead(actor, partnership, "clears a personal-data finding");
        String by = actor.getName();
        TextScreeningRepository.Stored finding = repository.find(partnership, findingId)
                .orElseThrow(() -> new NotFoundException("finding", String.valueOf(findingId)));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new EvidenceRejectedException("reason", "finding.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new EvidenceRejectedException("reason", "erasure.reason.long", MAX_REASON);
        }
        if (repository.clear(partnership, findingId, by, why)) {
            audit.record("screening.finding-cleared", finding.type(), finding.subject(), partnership,
                    Map.of("field", finding.field(), "kind", finding.kind(), "excerpt", finding.excerpt()),
                    Map.of("cleared", true, "reason", why));
        }
        return finding.link();
    }

    /** The page a finding's text is on, if the finding is the partnership's. */
    public Optional<String> link(String partnership, long findingId) {
        return repository.find(partnership, findingId).map(TextScreeningRepository.Stored::link);
    }

    public List<Unresolved> unresolved(String partnership, long cycleId) {
        return repository.unresolved(partnership, cycleId);
    }

    private void screenField(Place place, String field, String text) {
        String hash = hash(text);
        List<TextScreeningRepository.Stored> before = repository.stored(place.partnership(), place.subject(), field);
        if (!before.isEmpty() && before.stream().allMatch(f -> f.textSha256().equals(hash))) {
            return;
        }
        Map<String, TextScreeningRepository.Stored> cleared = new LinkedHashMap<>();
        before.stream().filter(f -> f.clearedAt() != null).forEach(f -> cleared.putIfAbsent(f.kind() + "\n" + f.excerpt(), f));
        repository.delete(place.partnership(), place.subject(), field);
        for (Finding finding : screen.screen(text)) {
            TextScreeningRepository.Stored wasCleared = cleared.get(finding.kind().name() + "\n" + finding.maskedExcerpt());
            repository.insert(place, field, hash, finding.kind().name(), finding.maskedExcerpt(), wasCleared);
        }
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
