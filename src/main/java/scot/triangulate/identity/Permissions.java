package scot.triangulate.identity;

import java.util.Optional;

/**
 * What a person may do in one partnership, as its access rule reads their rights: their role in it (none for an
 * administrator who is not a member), whether they see it (members and administrators), change what its members
 * change (leads, contributors and administrators; a record reader reads) and do what only its leads do (and
 * administrators).
 */
public record Permissions(Optional<MembershipRole> role, boolean canView, boolean canContribute, boolean canLead) {

    static final Permissions NONE = new Permissions(Optional.empty(), false, false, false);
}
