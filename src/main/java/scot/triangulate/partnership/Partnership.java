package scot.triangulate.partnership;

/**
 * A community planning partnership: for now one per Scottish council area, identified by its slug
 * (e.g. {@code clackmannanshire}), with its LGBF family groups.
 */
public record Partnership(String slug, String name, int peopleFamilyGroup, int placeFamilyGroup, int version) {
}
