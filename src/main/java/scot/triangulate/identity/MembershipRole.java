package scot.triangulate.identity;

/** What a member of a partnership does in it. */
public enum MembershipRole {
    PARTNERSHIP_LEAD,
    CONTRIBUTOR,
    RECORD_READER;

    public String messageKey() {
        return "role." + name();
    }
}
