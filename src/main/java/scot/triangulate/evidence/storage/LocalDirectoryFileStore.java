package scot.triangulate.evidence.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files in a local directory, under {@code <first two hex digits>/<hash>}. A file is written to a temporary
 * name, forced to disk and then moved into place in one step, so a crash never leaves half a file under a hash.
 */
public class LocalDirectoryFileStore implements FileStore {

    private final Path root;

    public LocalDirectoryFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        Files.createDirectories(this.root);
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String actual = Sha256.of(temporary);
            if (!actual.equals(sha256)) {
                throw new StoredFileCorruptedException(sha256, actual);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(target)) {
                    throw e;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path file = path(sha256);
        String actual = Sha256.of(file);
        if (!actual.equals(sha256)) {
            throw new StoredFileCorruptedException(sha256, actual);
        }
        return Files.newInputStream(file);
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    Path path(String sha256) {
        if (!Sha256.isHash(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
