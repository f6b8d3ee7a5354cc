package scot.triangulate.framework;

import java.util.List;

/**
 * The port through which a source of information offers what it says about a quality indicator. Each data module
 * (performance data; later record reading and surveys) provides one as a Spring bean; consistency rules and
 * inspection evaluations read every bean of this type, so they depend on no data module.
 */
public interface IndicatorFindings {

    /** What this source says about the quality indicator {@code code} of the framework in use, for the partnership. */
    List<IndicatorFinding> about(String partnership, String code);
}
