package scot.triangulate.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryFileStoreTest {

    @TempDir
    Path root;
    @TempDir
    Path incoming;

    private Path file(String text) throws IOException {
        return Files.writeString(Files.createTempFile(incoming, "f", ".txt"), text);
    }

    @Test
    void storesUnderTheHashAndReadsBack() throws IOException {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(root);
        Path file = file("The children's services plan");
        String sha = Sha256.of(file);
        store.put(sha, file);
        store.put(sha, file);
        assertThat(store.exists(sha)).isTrue();
        try (InputStream in = store.open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("The children's services plan");
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactly(sha);
        }
    }

    @Test
    void refusesToStoreUnderTheWrongHashAndLeavesNothing() throws IOException {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(root);
        Path file = file("one thing");
        String wrong = Sha256.of(file("another thing"));
        assertThatThrownBy(() -> store.put(wrong, file)).isInstanceOf(StoredFileCorruptedException.class);
        assertThat(store.exists(wrong)).isFalse();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aFileChangedOnDiskIsRefusedWhenRead() throws IOException {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(root);
        Path file = file("original");
        String sha = Sha256.of(file);
        store.put(sha, file);
        Files.writeString(store.path(sha), "tampered");
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(StoredFileCorruptedException.class);
    }

    @Test
    void refusesNamesThatAreNotHashes() throws IOException {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(root);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesAStoredFileAndToleratesDeletingItAgain() throws IOException {
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(root);
        Path file = file("A version to erase");
        String sha = Sha256.of(file);
        store.put(sha, file);
        store.delete(sha);
        assertThat(store.exists(sha)).isFalse();
        store.delete(sha);
    }
}
