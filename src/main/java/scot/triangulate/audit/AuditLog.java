package scot.triangulate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only record of every change: who, when, what, before and after. Every module records its
 * changes here in the same transaction as the change itself.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final ObjectMapper json;

    AuditLog(AuditRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Records a change made by whoever is signed in (or the system, when nobody is). */
    public void record(String action, String subjectType, String subjectId, String partnership,
            Object before, Object after) {
        repository.insert(currentActor(), action, subjectType, subjectId, partnership, toJson(before), toJson(after));
    }

    public List<AuditEntry> latest(int limit) {
        return repository.latest(limit);
    }

    public List<AuditEntry> latestForPartnership(String partnership, int limit) {
        return repository.latestForPartnership(partnership, limit);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot record state of " + state.getClass().getSimpleName(), e);
        }
    }
}
