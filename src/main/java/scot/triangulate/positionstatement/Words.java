package scot.triangulate.positionstatement;

/** Words from the message bundle, for exports written outside a page. */
@FunctionalInterface
interface Words {

    String get(String key, Object... arguments);

    /** "Draft", or "Version 2, submitted by ... on ...". */
    default String versionLine(PositionStatement statement) {
        return statement.isDraft() ? get("ps.export.draft")
                : get("ps.export.version", statement.submission().number(), statement.submission().submittedBy(),
                        statement.submission().submittedAt().toLocalDate().toString());
    }
}
