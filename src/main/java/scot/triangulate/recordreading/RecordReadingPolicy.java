package scot.triangulate.recordreading;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import scot.triangulate.identity.PartnershipAccess;

/**
 * Who may see and change what in a partnership's record reading, for the acting person.
 * <ul>
 * <li>The partnership's members (leads, contributors, record readers) and administrators see its exercises, their
 * populations and samples.</li>
 * <li>Only its leads (and administrators) create an exercise, upload its return, draw its sample, and add or swap
 * a record.</li>
 * </ul>
 */
@Service
public class RecordReadingPolicy {

    private final PartnershipAccess access;

    RecordReadingPolicy(PartnershipAccess access) {
        this.access = access;
    }

    public boolean mayRead(Authentication actor, String partnership) {
        return access.canView(actor, partnership);
    }

    /** Whether the acting person runs the partnership's exercises: creates them, uploads, draws, adds and swaps. */
    public boolean mayRun(Authentication actor, String partnership) {
        return access.canLead(actor, partnership);
    }

    /** Refuses what only a partnership lead (or an administrator) does. */
    public void requireLead(Authentication actor, String partnership) {
        access.requireLead(actor, partnership, "runs a record-reading exercise");
    }
}
