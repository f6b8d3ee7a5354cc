package scot.triangulate.evidence.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where evidence files live, content-addressed by SHA-256: a file is stored once, under its hash, and
 * checked against that hash whenever it is read.
 */
public interface FileStore {

    /** Stores the file under its hash, whole or not at all; storing a hash already held does nothing. */
    void put(String sha256, Path file) throws IOException;

    /** Opens a stored file after checking its bytes still match its hash. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** Deletes what interrupted stores left (temporary files) untouched since {@code before}; returns how many. */
    default int sweepIncomplete(Instant before) throws IOException {
        return 0;
    }

    /** The hashes of stored files untouched since {@code before}, for finding those no evidence refers to. */
    default List<String> storedBefore(Instant before) throws IOException {
        return List.of();
    }

    /** Removes the stored file under the hash, if there is one; the caller checks that nothing refers to it. */
    void delete(String sha256) throws IOException;
}
