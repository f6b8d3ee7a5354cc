package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.triangulate.partnership.Agency;

/**
 * An action of a cycle's improvement plan, with its place in the plan ({@code number}, from 1), its PDSA cycles
 * (oldest first) and its SMART check.
 */
public record ImprovementAction(long id, int number, long cycleId, String partnership, String description, String ownerName,
        Agency ownerAgency, String ownerAgencyName, LocalDate dueDate, String indicatorCode, BigDecimal baseline,
        BigDecimal target, String qualityIndicator, String areaIndicator, String areaText, ActionStatus status,
        int version, String createdBy, LocalDate createdOn, String updatedBy, Instant updatedAt,
        List<PdsaCycle> pdsaCycles, SmartResult smart) {

    /** Due before today and neither complete nor stopped. */
    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status.open();
    }

    public PdsaCycle latestPdsa() {
        return pdsaCycles.isEmpty() ? null : pdsaCycles.get(pdsaCycles.size() - 1);
    }

    public ActionDetails details() {
        return new ActionDetails(description, ownerName, ownerAgency, ownerAgencyName, dueDate, indicatorCode, baseline,
                target, qualityIndicator, areaIndicator, areaText, status);
    }
}
