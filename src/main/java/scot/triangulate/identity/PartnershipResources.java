package scot.triangulate.identity;

import java.util.Optional;

/**
 * Tells the access rules which partnership owns a resource addressed without one in its path (for example
 * {@code /api/cycles/{id}}). Modules that own such resources provide one; identity never reads their tables.
 */
public interface PartnershipResources {

    /** The first segment of the resource's API path, e.g. {@code cycles}. */
    String type();

    /** The partnership owning the resource, or empty if there is no such resource. */
    Optional<String> partnershipOf(long id);
}
