package scot.triangulate.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Zero-set-up database: an embedded PostgreSQL server whose data directory persists between runs, with durable
 * writes ({@code triangulate.embedded-database.fsync}, on unless switched off for tests) and a generated password.
 * Setting {@code SPRING_DATASOURCE_URL} switches this off and Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedServer.Started embeddedServer(
            @Value("${triangulate.embedded-database.directory:data/postgres}") String directory,
            @Value("${triangulate.embedded-database.port:0}") int port,
            @Value("${triangulate.embedded-database.clean:false}") boolean clean,
            @Value("${triangulate.embedded-database.fsync:true}") boolean fsync) throws IOException {
        Path dataDirectory = Path.of(directory).toAbsolutePath();
        EmbeddedServer.Started started = EmbeddedServer.start(dataDirectory, port, clean, fsync);
        log.info("Embedded PostgreSQL on port {} with data in {}", started.postgres().getPort(), dataDirectory);
        return started;
    }

    /** The server itself, for what needs it; closed with {@link #embeddedServer}. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedServer.Started server) {
        return server.postgres();
    }

    @Bean(destroyMethod = "close")
    @Primary
    @FlywayDataSource
    DataSource dataSource(EmbeddedServer.Started server,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword(server.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("triangulate");
        return new HikariDataSource(config);
    }
}
