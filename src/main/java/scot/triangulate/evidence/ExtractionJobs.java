package scot.triangulate.evidence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The extraction queue in PostgreSQL: jobs are claimed with a lease, so a job whose worker died is claimed again. */
@Repository
class ExtractionJobs {

    private final JdbcClient jdbc;

    ExtractionJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Job(long id, long versionId, int attempts, long itemId, String sha256) {
    }

    /**
     * Claims the oldest waiting job, or one whose lease ran out (its worker stopped), for the instance with key
     * {@code instance}; skips jobs others hold.
     */
    Optional<Job> claim(int leaseSeconds, int instance) {
        return jdbc.sql("""
                with claimed as (
                    update extraction_job j
                       set state = 'RUNNING', attempts = attempts + 1, lease_until = now() + make_interval(secs => :lease),
                           claimed_by = :instance
                     where j.id = (select id from extraction_job
                                    where state = 'QUEUED' or (state = 'RUNNING' and lease_until < now())
                                    order by id limit 1 for update skip locked)
                    returning j.id, j.version_id, j.attempts)
                select c.id, c.version_id, c.attempts, v.item_id, v.file_sha256 as sha256
                  from claimed c join evidence_version v on v.id = c.version_id
                """)
                .param("lease", leaseSeconds).param("instance", instance)
                .query(Job.class).optional();
    }

    /**
     * Puts back in the queue every running job whose instance has stopped (no session holds its advisory lock), without
     * waiting for the lease to run out; returns how many.
     */
    int reclaimFromStoppedInstances() {
        return jdbc.sql("""
                update extraction_job j set state = 'QUEUED', lease_until = null, claimed_by = null
                 where j.state = 'RUNNING'
                   and not exists (select 1 from pg_locks l
                                    where l.locktype = 'advisory' and l.granted and l.objsubid = 2
                                      and l.database = (select oid from pg_database where datname = current_database())
                                      and l.classid = cast(:space as oid) and l.objid = cast(j.claimed_by as oid))
                """).param("space", WorkerInstance.LOCK_SPACE).update();
    }

    void finish(Job job, String extractedText, int pages) {
        jdbc.sql("""
                update evidence_version set extraction_status = 'DONE', extracted_text = :text, page_count = :pages,
                       extraction_problem = null
                 where id = :v
                """).param("text", extractedText).param("pages", pages).param("v", job.versionId()).update();
        jdbc.sql("update extraction_job set state = 'DONE', finished_at = now(), lease_until = null, claimed_by = null where id = :id")
                .param("id", job.id()).update();
    }

    void fail(Job job, String problem) {
        jdbc.sql("update evidence_version set extraction_status = 'FAILED', extraction_problem = :p where id = :v")
                .param("p", problem).param("v", job.versionId()).update();
        jdbc.sql("update extraction_job set state = 'FAILED', finished_at = now(), last_error = :p, lease_until = null, claimed_by = null where id = :id")
                .param("p", problem).param("id", job.id()).update();
    }

    int waiting() {
        return jdbc.sql("select count(*) from extraction_job where state in ('QUEUED', 'RUNNING')").query(Integer.class).single();
    }
}
