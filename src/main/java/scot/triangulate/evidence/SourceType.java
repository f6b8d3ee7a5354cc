package scot.triangulate.evidence;

/** The four sources of evidence that triangulation draws on (Quality Improvement Framework, "How do we know?"). */
public enum SourceType {
    PERFORMANCE_DATA,
    STAKEHOLDER_VIEWS,
    OBSERVATION_AND_AUDIT,
    DOCUMENTS;

    public String messageKey() {
        return "sourceType." + name();
    }
}
