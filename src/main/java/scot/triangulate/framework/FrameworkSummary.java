package scot.triangulate.framework;

/** A framework as listed: what the API's {@code GET /api/frameworks} returns. */
public record FrameworkSummary(String id, String title, String version, String publisher, boolean builtIn) {
}
