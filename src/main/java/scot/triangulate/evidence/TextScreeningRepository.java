package scot.triangulate.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TextScreeningRepository {

    record Stored(long id, String type, String subject, String link, String field, String textSha256, String kind,
            String excerpt, String clearedBy, OffsetDateTime clearedAt, String clearedReason) {
    }

    private static final String COLUMNS = """
            select id, subject_type as type, subject, link, field, text_sha256, kind, excerpt, cleared_by, cleared_at,
                   cleared_reason
              from text_screening_finding
            """;

    private final JdbcClient jdbc;

    TextScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> stored(String partnership, String subject, String field) {
        return jdbc.sql(COLUMNS + " where partnership = :p and subject = :s and field = :f order by id")
                .param("p", partnership).param("s", subject).param("f", field).query(Stored.class).list();
    }

    Optional<Stored> find(String partnership, long id) {
        return jdbc.sql(COLUMNS + " where partnership = :p and id = :id").param("p", partnership).param("id", id)
                .query(Stored.class).optional();
    }

    List<ScreenedText.Finding> findings(String partnership, String subject) {
        return jdbc.sql("""
                select id, field, kind, excerpt, cleared_by, cleared_at, cleared_reason
                  from text_screening_finding where partnership = :p and subject = :s order by field, id
                """).param("p", partnership).param("s", subject).query(ScreenedText.Finding.class).list();
    }

    void delete(String partnership, String subject, String field) {
        jdbc.sql("delete from text_screening_finding where partnership = :p and subject = :s and field = :f")
                .param("p", partnership).param("s", subject).param("f", field).update();
    }

    void insert(TextScreening.Place place, String field, String textSha256, String kind, String excerpt, Stored cleared) {
        jdbc.sql("""
                insert into text_screening_finding (partnership, cycle_id, subject_type, subject, label, link, field,
                                                    text_sha256, kind, excerpt, cleared_by, cleared_at, cleared_reason)
                values (:p, :cycle, :type, :subject, :label, :link, :field, :sha, :kind, :excerpt, :by, :at, :reason)
                """)
                .param("p", place.partnership()).param("cycle", place.cycleId()).param("type", place.type())
                .param("subject", place.subject()).param("label", place.label()).param("link", place.link())
                .param("field", field).param("sha", textSha256).param("kind", kind).param("excerpt", excerpt)
                .param("by", cleared == null ? null : cleared.clearedBy())
                .param("at", cleared == null ? null : cleared.clearedAt())
                .param("reason", cleared == null ? null : cleared.clearedReason())
                .update();
    }

    boolean clear(String partnership, long id, String by, String reason) {
        return jdbc.sql("""
                update text_screening_finding set cleared_by = :by, cleared_at = now(), cleared_reason = :reason
                 where partnership = :p and id = :id and cleared_at is null
                """).param("by", by).param("reason", reason).param("p", partnership).param("id", id).update() == 1;
    }

    List<TextScreening.Unresolved> unresolved(String partnership, long cycleId) {
        return jdbc.sql("""
                select subject_type as type, min(label) as label, min(link) as link, count(*)::int as count
                  from text_screening_finding
                 where partnership = :p and cycle_id = :cycle and cleared_at is null
                 group by subject_type, subject
                 order by subject_type, min(label)
                """).param("p", partnership).param("cycle", cycleId).query(TextScreening.Unresolved.class).list();
    }
}
