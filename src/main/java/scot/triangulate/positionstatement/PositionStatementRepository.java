package scot.triangulate.positionstatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PositionStatementRepository {

    /** A stored draft section. */
    record StoredSection(String key, String text, int version, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** A section of a submitted version. */
    record SubmittedSection(String key, String title, String text) {
    }

    private final JdbcClient jdbc;

    PositionStatementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredSection> sections(long cycleId) {
        return jdbc.sql("""
                select section_key, text, version, updated_by, updated_at
                  from position_statement_section
                 where cycle_id = :cycle
                """).param("cycle", cycleId).query(PositionStatementRepository::section).list();
    }

    Optional<StoredSection> section(long cycleId, String key) {
        return jdbc.sql("""
                select section_key, text, version, updated_by, updated_at
                  from position_statement_section
                 where cycle_id = :cycle and section_key = :key
                """).param("cycle", cycleId).param("key", key).query(PositionStatementRepository::section).optional();
    }

    /** Saves the text if the section is still at {@code expected}; the new version, or empty if someone saved first. */
    Optional<Integer> save(long cycleId, String key, String text, int expected, String by) {
        if (expected == 0) {
            return jdbc.sql("""
                    insert into position_statement_section (cycle_id, section_key, text, version, updated_by)
                    values (:cycle, :key, :text, 1, :by)
                    on conflict (cycle_id, section_key) do nothing
                    returning version
                    """).param("cycle", cycleId).param("key", key).param("text", text).param("by", by)
                    .query(Integer.class).optional();
        }
        return jdbc.sql("""
                update position_statement_section
                   set text = :text, version = version + 1, updated_by = :by, updated_at = now()
                 where cycle_id = :cycle and section_key = :key and version = :expected
                returning version
                """).param("cycle", cycleId).param("key", key).param("text", text).param("by", by)
                .param("expected", expected).query(Integer.class).optional();
    }

    /**
     * Locks the cycle's draft sections until the transaction ends: submissions of one cycle then happen one after
     * another (each numbered after the last and seeing it), and no save changes the draft while it is submitted.
     */
    void lockDraft(long cycleId) {
        jdbc.sql("select section_key from position_statement_section where cycle_id = :cycle for update")
                .param("cycle", cycleId).query(String.class).list();
    }

    Submission insertSubmission(long cycleId, String templateId, int wordCount, String by) {
        return jdbc.sql("""
                insert into position_statement_submission (cycle_id, number, template_id, word_count, submitted_by)
                values (:cycle, (select coalesce(max(number), 0) + 1 from position_statement_submission where cycle_id = :cycle),
                        :template, :words, :by)
                returning id, cycle_id, number, template_id, word_count, submitted_by, submitted_at
                """).param("cycle", cycleId).param("template", templateId).param("words", wordCount).param("by", by)
                .query(PositionStatementRepository::submission).single();
    }

    void insertSubmittedSection(long submissionId, int position, String key, String title, String text) {
        jdbc.sql("""
                insert into position_statement_submitted_section (submission_id, position, section_key, title, text)
                values (:submission, :position, :key, :title, :text)
                """).param("submission", submissionId).param("position", position).param("key", key)
                .param("title", title).param("text", text).update();
    }

    List<Submission> submissions(long cycleId) {
        return jdbc.sql("""
                select id, cycle_id, number, template_id, word_count, submitted_by, submitted_at
                  from position_statement_submission
                 where cycle_id = :cycle
                 order by number
                """).param("cycle", cycleId).query(PositionStatementRepository::submission).list();
    }

    List<SubmittedSection> submittedSections(long submissionId) {
        return jdbc.sql("""
                select section_key, title, text
                  from position_statement_submitted_section
                 where submission_id = :submission
                 order by position
                """).param("submission", submissionId)
                .query((rs, n) -> new SubmittedSection(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private static StoredSection section(ResultSet rs, int row) throws SQLException {
        return new StoredSection(rs.getString("section_key"), rs.getString("text"), rs.getInt("version"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getLong("cycle_id"), rs.getInt("number"), rs.getString("template_id"),
                rs.getInt("word_count"), rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class));
    }
}
