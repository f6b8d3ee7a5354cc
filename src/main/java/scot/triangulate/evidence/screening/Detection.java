package scot.triangulate.evidence.screening;

/** A raw match from one rule, before overlaps between rules are resolved and excerpts are built. */
record Detection(FindingKind kind, int start, int end) {

    boolean overlaps(Detection other) {
        return start < other.end && other.start < end;
    }
}
