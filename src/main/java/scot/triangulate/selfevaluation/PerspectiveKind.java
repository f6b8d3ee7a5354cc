package scot.triangulate.selfevaluation;

/**
 * Whose independent grades a cycle gathers: each agency's (the joint self-evaluation of a partnership), or each
 * leadership role's (a leadership team rating the characteristics of "good" from its members' points of view).
 */
public enum PerspectiveKind {
    AGENCY,
    ROLE
}
