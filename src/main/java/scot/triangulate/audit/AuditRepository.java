package scot.triangulate.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final String SELECT = """
            select id, occurred_at, actor, action, subject_type, subject_id, partnership,
                   before_state::text as before_state, after_state::text as after_state
              from audit_entry
            """;

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String actor, String action, String subjectType, String subjectId, String partnership,
            String before, String after) {
        jdbc.sql("""
                insert into audit_entry (actor, action, subject_type, subject_id, partnership, before_state, after_state)
                values (:actor, :action, :subjectType, :subjectId, :partnership, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actor", actor)
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("partnership", partnership)
                .param("before", before)
                .param("after", after)
                .update();
    }

    List<AuditEntry> latest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit :limit")
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    List<AuditEntry> latestForPartnership(String partnership, int limit) {
        return jdbc.sql(SELECT + " where partnership = :partnership order by id desc limit :limit")
                .param("partnership", partnership)
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }
}
