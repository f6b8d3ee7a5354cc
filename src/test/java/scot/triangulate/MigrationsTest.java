package scot.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each module keeps its migrations in its own folder, and no two modules can claim one version: a new migration is
 * versioned by the time it was written. Every migration of every folder is applied, in order, on the test's empty
 * database.
 */
@IntegrationTest
class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__[a-z0-9_]+\\.sql");
    /** The last version numbered in one sequence for every module, before versions were the time of writing. */
    private static final BigDecimal LAST_SEQUENTIAL = new BigDecimal("17.1");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu_MM_dd_HHmm");
    /** Folders that are not a module's package: Spring Session's tables. */
    private static final Set<String> NOT_A_PACKAGE = Set.of("session");

    @Autowired
    private JdbcClient jdbc;

    private record Migration(String module, String file, String version) {
    }

    private static List<Migration> migrations() throws IOException {
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = MIGRATIONS.relativize(file);
                assertThat(relative.getNameCount()).as(relative + " sits in its module's folder").isEqualTo(2);
                Matcher name = NAME.matcher(file.getFileName().toString());
                assertThat(name.matches()).as(relative + " is named V<version>__<what>.sql").isTrue();
                migrations.add(new Migration(relative.getName(0).toString(), relative.toString(), name.group(1)));
            }
        }
        return migrations;
    }

    @Test
    void everyFolderIsAModuleAndNoTwoMigrationsShareAVersion() throws IOException {
        Map<String, String> byVersion = new HashMap<>();
        for (Migration migration : migrations()) {
            assertThat(NOT_A_PACKAGE.contains(migration.module())
                    || Files.isDirectory(Path.of("src/main/java/scot/triangulate", migration.module())))
                    .as(migration.file() + " belongs to a module").isTrue();
            String other = byVersion.putIfAbsent(flywayVersion(migration.version()), migration.file());
            assertThat(other).as(migration.file() + " has a version of its own").isNull();
        }
    }

    /** The version as Flyway compares it: numeric parts, trailing zero parts ignored (V3 and V3_0 are one version). */
    private static String flywayVersion(String version) {
        List<String> parts = new ArrayList<>(Stream.of(version.split("_")).map(p -> new BigInteger(p).toString()).toList());
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    @Test
    void aNewMigrationIsVersionedByTheTimeItWasWritten() throws IOException {
        for (Migration migration : migrations()) {
            if (migration.version().split("_").length == 4) {
                try {
                    LocalDateTime written = LocalDateTime.parse(migration.version(), WRITTEN);
                    assertThat(written.getYear()).as(migration.file()).isGreaterThanOrEqualTo(2026);
                } catch (DateTimeParseException e) {
                    throw new AssertionError(migration.file() + " is not versioned as yyyy_MM_dd_HHmm", e);
                }
            } else {
                assertThat(new BigDecimal(migration.version().replace('_', '.'))).as(migration.file()
                        + ": a new migration is versioned by the time it was written, as V2026_12_03_1730__what.sql")
                        .isLessThanOrEqualTo(LAST_SEQUENTIAL);
            }
        }
    }

    @Test
    void everyModulesMigrationsAreAppliedOnTheEmptyDatabase() throws IOException {
        Set<String> files = new TreeSet<>(migrations().stream().map(m -> m.version().replace('_', '.')).toList());
        Set<String> applied = new TreeSet<>(jdbc.sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class).list());
        assertThat(applied).isEqualTo(files);
    }
}
