package scot.triangulate.evidence.screening;

import java.util.List;

/** One screening rule. Implementations are stateless after construction and safe to share between threads. */
interface Detector {

    /** Adds every match of this rule in {@code text} to {@code out}, in any order. */
    void detect(String text, List<Detection> out);
}
