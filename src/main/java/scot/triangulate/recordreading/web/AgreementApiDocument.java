package scot.triangulate.recordreading.web;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answer's {@code cohen} is an object or null. springdoc writes a nullable reference as
 * {@code {"type": "null", "$ref": …}}, which a validator reads as "null only"; this says "Cohen or null" instead.
 */
@Configuration(proxyBeanMethods = false)
class AgreementApiDocument {

    @Bean
    OpenApiCustomizer cohenIsAnObjectOrNull() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Schema<?> report = openApi.getComponents().getSchemas().get("AgreementReport");
            if (report == null || report.getProperties() == null || report.getProperties().get("cohen") == null) {
                return;
            }
            @SuppressWarnings("rawtypes")
            Map<String, Schema> properties = report.getProperties();
            Schema<?> cohen = properties.get("cohen");
            Schema<Object> objectOrNull = new JsonSchema().anyOf(List.of(
                    new JsonSchema().$ref("#/components/schemas/Cohen"), new JsonSchema().types(Set.of("null"))));
            objectOrNull.setDescription(cohen.getDescription());
            properties.put("cohen", objectOrNull);
        };
    }
}
