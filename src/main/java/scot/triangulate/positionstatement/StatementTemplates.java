package scot.triangulate.positionstatement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import scot.triangulate.shared.NotFoundException;

/**
 * The position statement structures, read once at start-up from {@code positionstatement/*.yaml}; a broken file
 * stops the application starting rather than showing a half-built statement.
 */
@Component
public class StatementTemplates {

    static final String LOCATION = "classpath:positionstatement/*.yaml";

    private final List<StatementTemplate> templates;

    StatementTemplates() {
        this(LOCATION);
    }

    StatementTemplates(String location) {
        YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<StatementTemplate> loaded = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    loaded.add(yaml.readValue(in, StatementTemplate.class));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException("Position statement structure " + file.getFilename() + " is not valid: "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.sort(Comparator.comparing(StatementTemplate::id));
        if (loaded.stream().filter(StatementTemplate::fallback).count() != 1) {
            throw new IllegalStateException("Exactly one position statement structure must be marked fallback");
        }
        this.templates = List.copyOf(loaded);
    }

    public List<StatementTemplate> all() {
        return templates;
    }

    public StatementTemplate get(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("position statement structure", id));
    }

    /** The structure for a cycle's framework version: the one naming it, else the fallback. */
    public StatementTemplate forFramework(String frameworkId) {
        return templates.stream().filter(t -> t.frameworks().contains(frameworkId)).findFirst()
                .orElseGet(() -> templates.stream().filter(StatementTemplate::fallback).findFirst().orElseThrow());
    }
}
