package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.triangulate.IntegrationTest;
import scot.triangulate.partnership.Agency;

/** What instances that stopped mid-way leave behind is cleared up when an instance starts. */
@IntegrationTest
class LeftoversTest {

    private static final String PARTNERSHIP = "orkney";

    @Autowired
    private UploadLeftovers leftovers;
    @Autowired
    private UploadDirectory uploads;
    @Autowired
    private WorkerInstance instance;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MultipartConfigElement multipart;
    @Value("${triangulate.uploads.directory}")
    private Path uploadsRoot;
    @Value("${triangulate.storage.directory}")
    private Path storeRoot;

    @Test
    void aStoppedInstancesExtractionJobsGoBackInTheQueueAtOnceAndARunningOnesStayWithIt() throws Exception {
        long stopped = jobOf(upload("Job of a stopped instance " + UUID.randomUUID()));
        long running = jobOf(upload("Job of a running instance " + UUID.randomUUID()));
        int stoppedInstance = instance.key() == 1 ? 2 : 1; // nobody holds this key's lock
        hold(stopped, stoppedInstance);
        hold(running, instance.key());
        try {
            assertThat(leftovers.sweep().reclaimedJobs()).isGreaterThanOrEqualTo(1);
            assertThat(claimedBy(stopped)).as("taken back from the stopped instance")
                    .satisfiesAnyOf(k -> assertThat(k).isNull(), k -> assertThat(k).isEqualTo(instance.key()));
            assertThat(jdbc.sql("select state from extraction_job where id = :id").param("id", running)
                    .query(String.class).single()).isEqualTo("RUNNING");
            assertThat(claimedBy(running)).isEqualTo(instance.key());
        } finally {
            jdbc.sql("update extraction_job set state = 'QUEUED', lease_until = null, claimed_by = null where id = :id")
                    .param("id", running).update();
        }
    }

    @Test
    void uploadsInProgressOfStoppedInstancesPartlyStoredFilesAndFilesWithoutEvidenceAreDeleted() throws Exception {
        assertThat(multipart.getLocation()).isEqualTo(uploads.path().toString());
        Path stoppedInstance = Files.createDirectories(uploadsRoot.resolve(UUID.randomUUID().toString()));
        Files.createFile(uploadsRoot.resolve(stoppedInstance.getFileName() + ".lock"));
        Files.writeString(stoppedInstance.resolve("upload_1.tmp"), "half an upload");
        Path withoutLock = Files.createDirectories(uploadsRoot.resolve(UUID.randomUUID().toString()));
        Files.writeString(withoutLock.resolve("upload-2.tmp"), "a checked copy");
        Files.writeString(uploads.path().resolve("upload-3.tmp"), "this instance's upload in progress");

        Path shard = Files.createDirectories(storeRoot.resolve("ab"));
        Path oldIncoming = old(Files.writeString(shard.resolve(".incoming-" + UUID.randomUUID() + ".tmp"), "partly stored"));
        Path newIncoming = Files.writeString(shard.resolve(".incoming-" + UUID.randomUUID() + ".tmp"), "being stored now");
        byte[] orphanContent = ("no evidence refers to this " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Path orphan = old(store(orphanContent));
        String text = "Evidence refers to this " + UUID.randomUUID();
        upload(text);
        Path referenced = old(storeRoot.resolve(sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 2))
                .resolve(sha256(text.getBytes(StandardCharsets.UTF_8))));

        UploadLeftovers.Swept swept = leftovers.sweep();

        assertThat(swept.uploadDirectories()).isGreaterThanOrEqualTo(2);
        assertThat(stoppedInstance).doesNotExist();
        assertThat(uploadsRoot.resolve(stoppedInstance.getFileName() + ".lock")).doesNotExist();
        assertThat(withoutLock).doesNotExist();
        assertThat(uploads.path().resolve("upload-3.tmp")).exists();
        assertThat(oldIncoming).doesNotExist();
        assertThat(newIncoming).exists();
        assertThat(orphan).doesNotExist();
        assertThat(referenced).exists();
        Files.delete(newIncoming);
        Files.delete(uploads.path().resolve("upload-3.tmp"));
    }

    private EvidenceItem upload(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return evidence.add(PARTNERSHIP, new NewEvidence(text, "", Agency.NHS_BOARD, LocalDate.now(),
                SourceType.OBSERVATION_AND_AUDIT, List.of(), null, new NewEvidence.Upload("note-" + UUID.randomUUID() + ".txt",
                        content.length, new ByteArrayInputStream(content)), null), "demo-admin");
    }

    private long jobOf(EvidenceItem item) {
        return jdbc.sql("""
                select j.id from extraction_job j join evidence_version v on v.id = j.version_id where v.item_id = :item
                """).param("item", item.id()).query(Long.class).single();
    }

    /** Makes the job look claimed by {@code key}'s instance, with an hour of lease left. */
    private void hold(long job, int key) {
        jdbc.sql("""
                update extraction_job set state = 'RUNNING', claimed_by = :key, lease_until = now() + interval '1 hour'
                 where id = :id
                """).param("key", key).param("id", job).update();
    }

    private Integer claimedBy(long job) {
        return jdbc.sql("select claimed_by from extraction_job where id = :id").param("id", job)
                .query((rs, n) -> (Integer) rs.getObject(1)).list().get(0); // null once taken back
    }

    private Path store(byte[] content) throws Exception {
        String sha = sha256(content);
        Path file = Files.createDirectories(storeRoot.resolve(sha.substring(0, 2))).resolve(sha);
        Files.write(file, content);
        return file;
    }

    private static Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(UploadLeftovers.GRACE).minus(Duration.ofMinutes(1))));
        return file;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
