package scot.triangulate.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import scot.triangulate.evidence.extraction.ExtractedText;
import scot.triangulate.evidence.extraction.ExtractionProblem;
import scot.triangulate.evidence.extraction.TextExtractor;
import scot.triangulate.evidence.storage.FileStore;
import scot.triangulate.evidence.storage.StoredFileCorruptedException;

/**
 * Works through the extraction queue in the background: extracts each upload's text, screens it for personal
 * data and indexes it for search. Any number of instances may run; each job is done by one.
 */
@Component
class ExtractionWorker {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);
    static final int MAX_ATTEMPTS = 3;

    private final ExtractionJobs jobs;
    private final EvidenceRepository evidence;
    private final FileStore files;
    private final Screening screening;
    private final TransactionTemplate transaction;
    private final TextExtractor extractor;
    private final int leaseSeconds;
    private final WorkerInstance instance;

    ExtractionWorker(ExtractionJobs jobs, EvidenceRepository evidence, FileStore files, Screening screening,
            TransactionTemplate transaction, WorkerInstance instance,
            @Value("${triangulate.extraction.timeout-seconds:60}") int timeoutSeconds,
            @Value("${triangulate.extraction.max-characters:2000000}") int maxCharacters) {
        this.jobs = jobs;
        this.evidence = evidence;
        this.files = files;
        this.screening = screening;
        this.transaction = transaction;
        this.extractor = new TextExtractor(Duration.ofSeconds(timeoutSeconds), maxCharacters);
        this.leaseSeconds = timeoutSeconds * 3;
        this.instance = instance;
    }

    private volatile boolean stopping;

    /** Stops taking jobs once the application is shutting down; a job left half-done is claimed again later. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    @Scheduled(fixedDelayString = "${triangulate.extraction.poll-milliseconds:500}")
    void work() {
        while (!stopping && runOne()) {
            // keep going while there is work
        }
    }

    /** Runs one waiting job, if there is one; true if it ran. */
    boolean runOne() {
        Optional<ExtractionJobs.Job> claimed = jobs.claim(leaseSeconds, instance.key());
        if (claimed.isEmpty()) {
            return false;
        }
        ExtractionJobs.Job job = claimed.get();
        if (job.attempts() > MAX_ATTEMPTS) {
            transaction.executeWithoutResult(s -> jobs.fail(job, "extraction.repeatedFailure"));
            return true;
        }
        try (InputStream content = files.open(job.sha256())) {
            ExtractedText text = extractor.extract(content);
            String stored = text.text().replace("\u0000", "");
            transaction.executeWithoutResult(s -> {
                jobs.finish(job, stored, text.paged() ? text.pages().size() : 0);
                for (Screening.Placed finding : screening.text(stored, text.paged())) {
                    evidence.insertFinding(job.versionId(), finding.kind(), finding.page(), finding.line(), null, finding.excerpt());
                }
                evidence.reindex(job.itemId());
            });
        } catch (ExtractionProblem problem) {
            log.info("Extraction of version {} ended: {}", job.versionId(), problem.messageKey());
            transaction.executeWithoutResult(s -> jobs.fail(job, problem.messageKey()));
        } catch (StoredFileCorruptedException e) {
            log.error("Stored file for version {} is corrupted", job.versionId(), e);
            transaction.executeWithoutResult(s -> jobs.fail(job, "extraction.storedFileCorrupt"));
        } catch (IOException e) {
            // The store could not be read: leave the job to be claimed again when its lease runs out.
            log.warn("Could not read the stored file for version {}; will retry", job.versionId(), e);
        }
        return true;
    }
}
