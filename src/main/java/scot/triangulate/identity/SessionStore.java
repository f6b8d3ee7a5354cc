package scot.triangulate.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Sessions in PostgreSQL (Spring Session JDBC), shared by every instance. */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** Writes a session's last access at most once a minute ({@link QuietSessionRepository}). */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessionRepository<>(jdbc) : bean;
            }
        };
    }

    /**
     * A request still running when its session is ended (a person disabled, a role removed) writes its session's
     * new attributes only if the session is still there, instead of failing on the missing session.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesOfLiveSessionsOnly() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                SELECT S.PRIMARY_ID, V.ATTRIBUTE_NAME, V.ATTRIBUTE_BYTES
                  FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA)))
                       AS V (PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                  JOIN %TABLE_NAME% S ON S.PRIMARY_ID = V.PRIMARY_ID
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }
}
