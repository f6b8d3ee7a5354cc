package scot.triangulate.identity;

import scot.triangulate.partnership.Agency;

/** A person's membership of a partnership, for one agency (e.g. NHS board, "NHS Forth Valley"). */
public record Membership(long accountId, String username, String displayName, String partnership,
        MembershipRole role, Agency agency, String agencyName) {
}
