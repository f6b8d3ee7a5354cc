package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import scot.triangulate.partnership.Agency;

/**
 * What a person gives for an action. Baseline and target are in the linked indicator's own units; a missing
 * baseline takes the indicator's latest figure. The area for improvement is kept with the QI it was written for.
 */
public record ActionDetails(String description, String ownerName, Agency ownerAgency, String ownerAgencyName,
        LocalDate dueDate, String indicatorCode, BigDecimal baseline, BigDecimal target, String qualityIndicator,
        String areaIndicator, String areaText, ActionStatus status) {
}
