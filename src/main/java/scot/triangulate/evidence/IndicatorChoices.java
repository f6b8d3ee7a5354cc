package scot.triangulate.evidence;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The quality indicators to tag a partnership's evidence with: those it is working on now first, then the rest. */
@Service
public class IndicatorChoices {

    private final EvidenceService evidence;
    private final ObjectProvider<IndicatorsInScope> scopes;

    IndicatorChoices(EvidenceService evidence, ObjectProvider<IndicatorsInScope> scopes) {
        this.evidence = evidence;
        this.scopes = scopes;
    }

    /** Every indicator code of the framework with its title, in the framework's order within each group. */
    public Map<String, String> forPartnership(String partnership) {
        Map<String, String> all = evidence.indicatorChoices();
        Set<String> first = inScope(partnership);
        Map<String, String> ordered = new LinkedHashMap<>();
        all.forEach((code, title) -> {
            if (first.contains(code)) {
                ordered.put(code, title);
            }
        });
        ordered.putAll(all);
        return ordered;
    }

    /** How many of the choices come first because the partnership is working on them. */
    public int inScopeCount(String partnership) {
        Set<String> codes = inScope(partnership);
        codes.retainAll(evidence.indicatorChoices().keySet());
        return codes.size();
    }

    private Set<String> inScope(String partnership) {
        return scopes.orderedStream().flatMap(s -> s.inScope(partnership).stream())
                .collect(Collectors.toCollection(HashSet::new));
    }
}
