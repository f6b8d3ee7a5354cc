package scot.triangulate.site;

import java.time.OffsetDateTime;

/** What someone told the service team: the page they were on, their words, and where to reply if they asked. */
public record Feedback(long id, OffsetDateTime receivedAt, String fromPath, String feedback, String replyTo, String account) {
}
