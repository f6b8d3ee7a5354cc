package scot.triangulate.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode: on by default with the embedded database, off whenever an external database is configured;
 * {@code TRIANGULATE_DEMO=true|false} overrides either way.
 */
public class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    public static boolean isOn(Environment environment) {
        String explicit = environment.getProperty("triangulate.demo");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return !EmbeddedDatabaseCondition.externalDatabaseConfigured(environment);
    }
}
