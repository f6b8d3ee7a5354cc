package scot.triangulate.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL server on a data directory: first stops a server an earlier run left behind (a
 * killed application leaves its server running), then starts with durable writes when asked, and from the first
 * start on requires a password for the {@code postgres} user, generated once and kept beside the data directory
 * (readable by its owner only).
 */
final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    /** The lock file zonky's embedded PostgreSQL holds while a running application uses the directory. */
    static final String OWNER_LOCK = "epg-lock";
    private static final String HBA = """
            # Written by Triangulate: every connection to the embedded server gives the postgres user's password.
            local   all          all                 scram-sha-256
            host    all          all  127.0.0.1/32   scram-sha-256
            host    all          all  ::1/128        scram-sha-256
            """;
    private static final long SHUTDOWN_SECONDS = 30;

    /** A started server and the password its {@code postgres} user has. */
    record Started(EmbeddedPostgres postgres, String password) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    private EmbeddedServer() {
    }

    static Started start(Path dataDirectory, int port, boolean clean, boolean durable) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory.getParent());
        stopOrphanedServer(directory);
        Path passwordFile = passwordFile(directory);
        if (clean) {
            FileSystemUtils.deleteRecursively(directory);
            Files.deleteIfExists(passwordFile);
        }
        boolean passwordRequired = Files.exists(directory.resolve("pg_hba.conf"))
                && Files.readString(directory.resolve("pg_hba.conf")).contains("scram-sha-256");
        if (passwordRequired && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The embedded database in " + directory + " needs the password kept in "
                    + passwordFile + ", which is missing: restore it, or delete the data directory to start again.");
        }
        String password = password(passwordFile);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setConnectConfig("password", password);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            requirePassword(postgres, directory, password);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not set the embedded database's password", e);
        }
        return new Started(postgres, password);
    }

    static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /**
     * Stops the server recorded in the directory's {@code postmaster.pid} when no running application owns the
     * directory (its owner lock is free) and the recorded process is a PostgreSQL server: what is left after the
     * application was killed. A directory another running application uses is refused rather than taken over.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock owner = channel.tryLock()) {
            if (owner == null) {
                throw inUse(dataDirectory);
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (server.isEmpty() || !isPostgres(server.get())) {
            return; // a stale file: PostgreSQL replaces it itself
        }
        ProcessHandle process = server.get();
        log.warn("Stopping the embedded PostgreSQL server (process {}) left running on {} by an earlier run",
                process.pid(), dataDirectory);
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the killed application's sessions are gone
        if (!awaitExit(process)) {
            log.warn("The left-over PostgreSQL server {} did not stop in {} s; killing it", process.pid(), SHUTDOWN_SECONDS);
            process.destroyForcibly();
            awaitExit(process);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The embedded database in " + dataDirectory + " is in use by another running application");
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The password kept beside the data directory, made (32 random bytes) the first time. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = Files.createTempFile(file.getParent(), ".password-", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return password;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    /** Gives {@code postgres} the password, then (once) makes the server ask every connection for it. */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
            throws SQLException, IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba).equals(HBA)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // The password is base64url, so it needs no escaping inside the quotes.
            statement.execute("alter role postgres password '" + password + "'");
            Files.writeString(hba, HBA);
            statement.execute("select pg_reload_conf()");
        }
    }
}
