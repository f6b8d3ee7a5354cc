package scot.triangulate.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.shared.NotFoundException;

/**
 * The indicator definitions shipped as data under {@code performance/indicators/}, read and checked at start-up.
 * Linked quality indicators are those of the current framework.
 */
@Service
public class IndicatorCatalogue {

    static final String SHIPPED = "classpath:performance/indicators/*.yaml";

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, IndicatorSet> sets = new LinkedHashMap<>();

    private final FrameworkCatalogue frameworks;

    /**
     * Reads the shipped sets and, when {@code triangulate.performance.indicator-sets} names a location pattern (such
     * as {@code file:/etc/triangulate/indicators/*.yaml}), an installation's own sets as well.
     */
    IndicatorCatalogue(FrameworkCatalogue frameworks,
            @Value("${triangulate.performance.indicator-sets:}") String extraSets) throws IOException {
        this.frameworks = frameworks;
        IndicatorSetFileReader reader = new IndicatorSetFileReader();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new java.util.ArrayList<>(Arrays.asList(resolver.getResources(SHIPPED)));
        files.sort(Comparator.comparing(Resource::getFilename));
        if (!extraSets.isBlank()) {
            Resource[] extra = resolver.getResources(extraSets.strip());
            Arrays.sort(extra, Comparator.comparing(Resource::getFilename));
            files.addAll(Arrays.asList(extra));
        }
        for (Resource file : files) {
            byte[] content;
            try (var in = file.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            IndicatorSet set = reader.readSet(file.getFilename(), content);
            if (sets.putIfAbsent(set.id(), set) != null) {
                throw new InvalidIndicatorSetException(file.getFilename(),
                        List.of("id: '" + set.id() + "' is already the id of another set"));
            }
            for (Indicator indicator : set.indicators()) {
                if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                    throw new InvalidIndicatorSetException(file.getFilename(),
                            List.of("indicator code '" + indicator.code() + "' is already used by another set"));
                }
            }
        }
    }

    /**
     * Once the built-in frameworks are loaded, every linked quality indicator must be one of the current
     * framework's; a shipped set naming another stops start-up.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void checkLinkedQualityIndicators() {
        Set<String> known = frameworks.current().indicators().stream().map(Framework.Indicator::code)
                .collect(Collectors.toSet());
        List<String> problems = byCode.values().stream()
                .flatMap(i -> i.qualityIndicators().stream().filter(qi -> !known.contains(qi))
                        .map(qi -> i.code() + ".qualityIndicators: unknown quality indicator '" + qi + "'"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidIndicatorSetException("performance/indicators", problems);
        }
    }

    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /** The indicator sets, in the order their files are read. */
    public List<IndicatorSet> sets() {
        return List.copyOf(sets.values());
    }

    public IndicatorSet set(String id) {
        IndicatorSet set = id == null ? null : sets.get(id);
        if (set == null) {
            throw new NotFoundException("indicator set", id);
        }
        return set;
    }

    /** The measures linked to a quality indicator. */
    public List<Indicator> linkedTo(String qualityIndicator) {
        return byCode.values().stream().filter(i -> i.qualityIndicators().contains(qualityIndicator)).toList();
    }
}
