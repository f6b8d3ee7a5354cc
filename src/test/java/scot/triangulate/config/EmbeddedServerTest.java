package scot.triangulate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the application starts it, without Spring: a server left running by an application that
 * was killed (kill -9) is stopped and the next start succeeds; writes are durable; the postgres user needs the
 * generated password.
 */
class EmbeddedServerTest {

    /** Run in a separate JVM: starts the server on the directory given, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedServer.start(Path.of(args[0]), 0, false, false);
        System.out.println("STARTED");
        System.out.flush();
        System.in.read();
    }

    @Test
    void aServerLeftByAKilledApplicationIsStoppedAndTheNextStartWorks(@TempDir Path temporary) throws Exception {
        Path directory = temporary.resolve("postgres");
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerTest.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("STARTED"));
            assertThat(line).as("the first application started its server").isEqualTo("STARTED");
            application.destroyForcibly().waitFor();
        }
        long orphan = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan)).as("the killed application's server is still running").isPresent();
        try {
            startAgain(directory, orphan);
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy); // never leave a server behind, whatever happened
        }
    }

    private static void startAgain(Path directory, long orphan) throws Exception {
        try (EmbeddedServer.Started server = EmbeddedServer.start(directory, 0, false, true)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the left-over server was stopped").isEmpty();
            String url = server.postgres().getJdbcUrl("postgres", "postgres");
            try (Connection connection = DriverManager.getConnection(url, "postgres", server.password());
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "show fsync")).isEqualTo("on");
                assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class);
            assertThat(Files.getPosixFilePermissions(EmbeddedServer.passwordFile(directory)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aDirectoryInUseByARunningApplicationIsNotTakenOver(@TempDir Path temporary) throws Exception {
        Path directory = temporary.resolve("postgres");
        try (EmbeddedServer.Started server = EmbeddedServer.start(directory, 0, false, false)) {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
            assertThatThrownBy(() -> EmbeddedServer.stopOrphanedServer(directory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running application");
            assertThat(ProcessHandle.of(pid)).as("the running server was left alone").isPresent();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
