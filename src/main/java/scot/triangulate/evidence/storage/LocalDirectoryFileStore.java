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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files in a local directory, under {@code <first two hex digits>/<hash>}. A file is written to a temporary
 * name, forced to disk and then moved into place in one step, so a crash never leaves half a file under a hash.
 */
public class LocalDirectoryFileStore implements FileStore {

    static final String INCOMING = ".incoming-";

    private final Path root;

    public LocalDirectoryFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        Files.createDirectories(this.root);
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            // Touched, so a sweep for files no evidence refers to leaves it to the evidence about to.
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), INCOMING, ".tmp");
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
    public int sweepIncomplete(Instant before) throws IOException {
        int swept = 0;
        for (Path file : files()) {
            if (file.getFileName().toString().startsWith(INCOMING) && untouchedSince(file, before)) {
                swept += Files.deleteIfExists(file) ? 1 : 0;
            }
        }
        return swept;
    }

    @Override
    public List<String> storedBefore(Instant before) throws IOException {
        List<String> hashes = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (Sha256.isHash(name) && untouchedSince(file, before)) {
                hashes.add(name);
            }
        }
        return hashes;
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** Every file in the two-digit directories. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> directories = Files.list(root)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                try (Stream<Path> inside = Files.list(directory)) {
                    inside.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean untouchedSince(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false; // gone already
        }
    }

    Path path(String sha256) {
        if (!Sha256.isHash(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
