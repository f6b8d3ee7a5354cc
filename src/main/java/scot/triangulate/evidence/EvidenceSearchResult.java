package scot.triangulate.evidence;

/** An item found by a search, with an HTML-escaped snippet in which only matched words are marked. */
public record EvidenceSearchResult(EvidenceItem item, String snippet) {
}
