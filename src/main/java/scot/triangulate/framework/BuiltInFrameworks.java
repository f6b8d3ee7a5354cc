package scot.triangulate.framework;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads every framework and scale file shipped in {@code frameworks/} at start-up. A malformed built-in
 * file stops the application from starting, with the reader's message naming the file and place.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BuiltInFrameworks implements ApplicationRunner {

    static final String SCALES = "classpath:frameworks/scales/*.yaml";
    static final String FRAMEWORKS = "classpath:frameworks/*.yaml";

    private final FrameworkCatalogue catalogue;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    BuiltInFrameworks(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load(SCALES, FRAMEWORKS);
        catalogue.checkCurrent();
    }

    void load(String scalePattern, String frameworkPattern) throws IOException {
        FrameworkFileReader reader = catalogue.reader();
        Set<String> scaleIds = new HashSet<>();
        for (Resource resource : sorted(scalePattern)) {
            EvaluationScale scale = reader.readScale(resource.getFilename(), resource.getContentAsByteArray());
            catalogue.storeScale(scale);
            scaleIds.add(scale.id());
        }
        List<Framework> frameworks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource resource : sorted(frameworkPattern)) {
            Framework framework = reader.readFramework(resource.getFilename(), resource.getContentAsByteArray(), scaleIds);
            if (!ids.add(framework.id())) {
                throw new InvalidFrameworkException(resource.getFilename(),
                        List.of("id: '" + framework.id() + "' is used by another built-in framework file"));
            }
            frameworks.add(framework);
        }
        frameworks.forEach(catalogue::storeBuiltIn);
    }

    private List<Resource> sorted(String pattern) throws IOException {
        return Arrays.stream(resources.getResources(pattern))
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }
}
