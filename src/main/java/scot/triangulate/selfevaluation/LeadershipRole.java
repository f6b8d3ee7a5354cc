package scot.triangulate.selfevaluation;

/** The roles whose views of "good" a leadership team compares ("What does good look like?"). */
public enum LeadershipRole {
    LEAD_MEMBER,
    CHIEF_EXECUTIVE,
    DIRECTOR_OF_CHILDRENS_SERVICES;

    public String messageKey() {
        return "leadershipRole." + name();
    }
}
