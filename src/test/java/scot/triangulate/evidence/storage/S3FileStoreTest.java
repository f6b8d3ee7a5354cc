package scot.triangulate.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a small in-process stand-in for an S3-compatible server (PUT, GET and HEAD of objects
 * in path-style addressing), which keeps objects in memory and lets the test tamper with one.
 */
class S3FileStoreTest {

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private HttpServer server;
    private S3FileStore store;
    @TempDir
    Path incoming;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        S3Client s3 = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test-secret")))
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .forcePathStyle(true)
                .build();
        store = new S3FileStore(s3, "evidence");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath();
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                objects.put(key, body(exchange));
                exchange.getResponseHeaders().add("ETag", "\"etag\"");
                exchange.sendResponseHeaders(200, -1);
            }
            case "HEAD" -> {
                byte[] object = objects.get(key);
                if (object == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.getResponseHeaders().add("Content-Length", String.valueOf(object.length));
                    exchange.sendResponseHeaders(200, -1);
                }
            }
            case "GET" -> {
                byte[] object = objects.get(key);
                if (object == null) {
                    byte[] error = "<Error><Code>NoSuchKey</Code></Error>".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(404, error.length);
                    exchange.getResponseBody().write(error);
                } else {
                    exchange.sendResponseHeaders(200, object.length);
                    exchange.getResponseBody().write(object);
                }
            }
            case "DELETE" -> {
                objects.remove(key);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> exchange.sendResponseHeaders(405, -1);
        }
        exchange.close();
    }

    /** The object's bytes, decoding the SDK's aws-chunked framing if it used it. */
    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding == null || !encoding.contains("aws-chunked")) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int position = 0;
        while (position < raw.length) {
            int lineEnd = indexOf(raw, position);
            String header = new String(raw, position, lineEnd - position, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            position = lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(raw, position, size);
            position += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i < raw.length - 1; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        return raw.length;
    }

    @Test
    void storesReadsAndKnowsItsObjects() throws IOException {
        Path file = Files.writeString(incoming.resolve("plan.txt"), "Children's services plan");
        String sha = Sha256.of(file);
        assertThat(store.exists(sha)).isFalse();
        store.put(sha, file);
        assertThat(store.exists(sha)).isTrue();
        assertThat(objects).containsKey("/evidence/evidence/" + sha.substring(0, 2) + "/" + sha);
        try (InputStream in = store.open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Children's services plan");
        }
    }

    @Test
    void anObjectChangedInTheStoreIsRefusedWhenRead() throws IOException {
        Path file = Files.writeString(incoming.resolve("minutes.txt"), "Minutes");
        String sha = Sha256.of(file);
        store.put(sha, file);
        objects.replaceAll((key, value) -> "tampered".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(StoredFileCorruptedException.class);
    }

    @Test
    void refusesToStoreUnderTheWrongHash() throws IOException {
        Path file = Files.writeString(incoming.resolve("a.txt"), "a");
        String wrong = Sha256.of(Files.writeString(incoming.resolve("b.txt"), "b"));
        assertThatThrownBy(() -> store.put(wrong, file)).isInstanceOf(StoredFileCorruptedException.class);
        assertThat(objects).isEmpty();
    }

    @Test
    void deletesAnObjectAndToleratesDeletingItAgain() throws IOException {
        Path file = Files.writeString(incoming.resolve("erased.txt"), "A version to erase");
        String sha = Sha256.of(file);
        store.put(sha, file);
        store.delete(sha);
        assertThat(store.exists(sha)).isFalse();
        assertThat(objects).isEmpty();
        store.delete(sha);
    }
}
