package scot.triangulate.evidence.screening;

/**
 * One item of personal data found in a text.
 *
 * @param kind what was found
 * @param start char offset of the first character of the match in the screened text
 * @param end char offset just past the match
 * @param maskedExcerpt about 30 characters either side of the match, on one line, with the match and any
 *     other personal data in the window masked, so the excerpt itself can be shown and stored
 */
public record Finding(FindingKind kind, int start, int end, String maskedExcerpt) {}
