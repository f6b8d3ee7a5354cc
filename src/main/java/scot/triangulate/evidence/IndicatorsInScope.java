package scot.triangulate.evidence;

import java.util.List;

/**
 * The quality indicators a partnership is working on now, offered first when evidence is tagged. The self-evaluation
 * module answers with its current cycle's scope; evidence depends on no module above it.
 */
public interface IndicatorsInScope {

    /** The codes in scope for the partnership now, in the framework's order; empty when it has no current work. */
    List<String> inScope(String partnership);
}
