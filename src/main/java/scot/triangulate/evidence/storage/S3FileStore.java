package scot.triangulate.evidence.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible object store, one object per hash. S3 writes an object whole or not at all; the
 * store also sends the hash as a checksum, so a corrupted transfer is refused.
 */
public class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;

    public S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        if (exists(sha256)) {
            return;
        }
        String actual = Sha256.of(file);
        if (!actual.equals(sha256)) {
            throw new StoredFileCorruptedException(sha256, actual);
        }
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key(sha256))
                        .checksumSHA256(java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256)))
                        .build(),
                RequestBody.fromFile(file));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path local = Files.createTempFile("triangulate-s3-", ".tmp");
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key(sha256)))) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            String actual = Sha256.of(local);
            if (!actual.equals(sha256)) {
                throw new StoredFileCorruptedException(sha256, actual);
            }
            return new FilterInputStream(Files.newInputStream(local)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(local);
                }
            };
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(local);
            throw e;
        }
    }

    @Override
    public boolean exists(String sha256) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String sha256) {
        // Deleting a key that is not there succeeds in S3, so a repeated erasure is harmless.
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
    }

    private static String key(String sha256) {
        if (!Sha256.isHash(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return "evidence/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
