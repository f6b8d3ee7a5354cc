package scot.triangulate.partnership;

/** The agencies whose staff contribute to a partnership's self-evaluation. */
public enum Agency {
    COUNCIL_SOCIAL_WORK,
    EDUCATION,
    NHS_BOARD,
    POLICE_SCOTLAND,
    THIRD_SECTOR,
    CHILDRENS_REPORTER,
    OTHER;

    /** Key of the agency's name in messages.properties. */
    public String messageKey() {
        return "agency." + name();
    }
}
