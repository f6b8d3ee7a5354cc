package scot.triangulate.evidence;

/** The core documents inspectors ask for (position statement guidance, appendix 2: core document request). */
public enum CoreDocumentCategory {
    IJB_ANNUAL_REPORT,
    PERFORMANCE_FRAMEWORK,
    PROTECTION_GOVERNANCE,
    CPC_DATA_SET_REPORTS,
    AUDIT_REPORTS,
    CPC_PLAN_AND_ANNUAL_REPORT,
    CHIEF_OFFICERS_AND_CPC_MINUTES,
    CHILDRENS_SERVICES_PLAN,
    STRATEGIC_NEEDS_ASSESSMENT,
    SURVEY_RESULTS,
    CSWO_REPORT,
    QUALITY_ASSURANCE_FRAMEWORK,
    LOCAL_POVERTY_ACTION_PLAN;

    public String messageKey() {
        return "core." + name();
    }
}
