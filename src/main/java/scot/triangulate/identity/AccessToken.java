package scot.triangulate.identity;

import java.time.OffsetDateTime;

/** A personal access token as listed on the account page; the token itself is shown once, at creation. */
public record AccessToken(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
