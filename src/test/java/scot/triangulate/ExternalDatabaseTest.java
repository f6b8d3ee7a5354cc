package scot.triangulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Setting {@code spring.datasource.url} (as {@code SPRING_DATASOURCE_URL} does) points Triangulate at that
 * server instead of starting its own, with demo mode off unless asked for; and the embedded database
 * keeps its data between runs.
 */
class ExternalDatabaseTest {

    @Test
    void aConfiguredServerIsUsedAndDemoModeIsOff() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(TriangulateApplication.class)
                     .run("--server.port=0", "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres", "--logging.level.root=WARN")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            JdbcClient server1 = JdbcClient.create(server.getPostgresDatabase());
            assertThat(server1.sql("select count(*) from partnership").query(Long.class).single()).isEqualTo(32);
            assertThat(server1.sql("select count(*) from account where username like 'demo-%'").query(Long.class).single()).isZero();
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataBetweenRuns() throws Exception {
        Path directory = Files.createTempDirectory("triangulate-data").resolve("postgres");
        String[] args = {"--server.port=0", "--triangulate.embedded-database.directory=" + directory,
                "--logging.level.root=WARN"};
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TriangulateApplication.class).run(args)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from account where username = 'demo-admin'").query(Long.class).single()).isOne();
            jdbc.sql("update partnership set name = 'Kept between runs' where slug = 'orkney'").update();
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TriangulateApplication.class).run(args)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from partnership where slug = 'orkney'").query(String.class).single())
                    .isEqualTo("Kept between runs");
        }
    }
}
