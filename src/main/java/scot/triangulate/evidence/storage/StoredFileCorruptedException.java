package scot.triangulate.evidence.storage;

import java.io.IOException;

/** A stored file whose bytes no longer match the hash it was stored under. */
public class StoredFileCorruptedException extends IOException {

    public StoredFileCorruptedException(String sha256, String actual) {
        super("Stored file " + sha256 + " has changed (its bytes now hash to " + actual + ")");
    }
}
