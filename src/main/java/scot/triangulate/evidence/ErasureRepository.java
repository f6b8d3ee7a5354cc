package scot.triangulate.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ErasureRepository {

    private final JdbcClient jdbc;

    ErasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the stored file's row until the erasure commits, so two erasures of one file count references in turn. */
    void lockStoredFile(String sha256) {
        jdbc.sql("select sha256 from stored_file where sha256 = :sha for update").param("sha", sha256).query(String.class).optional();
    }

    /** Takes the file, its name, its link and its text off the version; a queued extraction of it is dropped. */
    void blank(long versionId) {
        jdbc.sql("""
                update evidence_version
                   set file_sha256 = null, file_name = null, content_type = null, size_bytes = null, url = null,
                       extracted_text = null, page_count = null
                 where id = :v
                """).param("v", versionId).update();
        jdbc.sql("""
                update extraction_job set state = 'DONE', finished_at = now(), lease_until = null
                 where version_id = :v and state in ('QUEUED', 'RUNNING')
                """).param("v", versionId).update();
    }

    boolean referenced(String sha256) {
        return jdbc.sql("select exists (select 1 from evidence_version where file_sha256 = :sha)")
                .param("sha", sha256).query(Boolean.class).single();
    }

    void deleteStoredFile(String sha256) {
        jdbc.sql("delete from stored_file where sha256 = :sha").param("sha", sha256).update();
    }

    void insertTombstone(long versionId, long itemId, int versionNumber, String by, String reason, boolean fileRemoved) {
        jdbc.sql("""
                insert into evidence_erasure (version_id, item_id, version_number, erased_by, reason, file_removed)
                values (:v, :item, :number, :by, :reason, :removed)
                """).param("v", versionId).param("item", itemId).param("number", versionNumber).param("by", by)
                .param("reason", reason).param("removed", fileRemoved).update();
    }
}
