package scot.triangulate.evidence;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import scot.triangulate.evidence.storage.FileStore;

/**
 * Clears up after instances that stopped mid-way, at start and then every hour: puts their extraction jobs back in
 * the queue at once, deletes their uploads in progress, and deletes temporary store files and stored files no
 * evidence refers to. Files in the shared store are only swept once untouched for {@link #GRACE}, so an upload
 * another instance is storing right now is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLeftovers implements ApplicationRunner {

    static final Duration GRACE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(UploadLeftovers.class);

    private final ExtractionJobs jobs;
    private final UploadDirectory uploads;
    private final FileStore files;
    private final JdbcClient jdbc;

    UploadLeftovers(ExtractionJobs jobs, UploadDirectory uploads, FileStore files, JdbcClient jdbc) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        sweep();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void sweepHourly() throws IOException {
        sweep();
    }

    /** Does one sweep; returns what it did. */
    Swept sweep() throws IOException {
        int reclaimed = jobs.reclaimFromStoppedInstances();
        int uploadDirectories = uploads.sweepStoppedInstances();
        Instant before = Instant.now().minus(GRACE);
        int incomplete = files.sweepIncomplete(before);
        int unreferenced = 0;
        for (String sha256 : files.storedBefore(before)) {
            boolean held = jdbc.sql("select exists (select 1 from stored_file where sha256 = :sha)").param("sha", sha256)
                    .query(Boolean.class).single();
            if (!held) {
                files.delete(sha256);
                unreferenced++;
            }
        }
        Swept swept = new Swept(reclaimed, uploadDirectories, incomplete, unreferenced);
        if (swept.any()) {
            log.info("Left by stopped instances: {} extraction jobs put back in the queue, {} upload directories, "
                    + "{} partly stored files and {} stored files with no evidence deleted", reclaimed, uploadDirectories,
                    incomplete, unreferenced);
        }
        return swept;
    }

    record Swept(int reclaimedJobs, int uploadDirectories, int incompleteFiles, int unreferencedFiles) {

        boolean any() {
            return reclaimedJobs + uploadDirectories + incompleteFiles + unreferencedFiles > 0;
        }
    }
}
