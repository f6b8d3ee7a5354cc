package scot.triangulate.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * This instance's own directory for uploads in progress (multipart request parts and the checked copies), one per
 * running instance under a shared root, each marked by a lock file the instance holds while it runs. A directory
 * whose lock nobody holds was left by an instance that stopped, and is swept.
 */
class UploadDirectory implements Closeable {

    private static final String LOCK = ".lock";

    private final Path root;
    private final Path path;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    UploadDirectory(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        Files.createDirectories(this.root);
        String name = UUID.randomUUID().toString();
        // The lock comes first, so a directory never exists without a held lock while its instance runs.
        this.lockFile = this.root.resolve(name + LOCK);
        this.channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.lock = channel.lock();
        this.path = Files.createDirectory(this.root.resolve(name));
    }

    Path path() {
        return path;
    }

    /** Deletes the upload directories of instances that have stopped; returns how many. */
    int sweepStoppedInstances() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(root)) {
            entries = listing.toList();
        }
        int swept = 0;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (entry.equals(path) || entry.equals(lockFile)) {
                continue;
            }
            if (name.endsWith(LOCK)) {
                swept += sweepIfStopped(entry, root.resolve(name.substring(0, name.length() - LOCK.length())));
            } else if (Files.isDirectory(entry) && !Files.exists(root.resolve(name + LOCK))) {
                FileSystemUtils.deleteRecursively(entry);
                swept++;
            }
        }
        return swept;
    }

    private static int sweepIfStopped(Path otherLock, Path otherDirectory) throws IOException {
        try (FileChannel other = FileChannel.open(otherLock, StandardOpenOption.WRITE); FileLock held = other.tryLock()) {
            if (held == null) {
                return 0;
            }
            FileSystemUtils.deleteRecursively(otherDirectory);
            Files.deleteIfExists(otherLock);
            return 1;
        } catch (OverlappingFileLockException | NoSuchFileException e) {
            return 0; // held by another application in this JVM, or swept by another instance just now
        }
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(path);
        lock.release();
        channel.close();
        Files.deleteIfExists(lockFile);
    }
}
