package scot.triangulate.improvement;

import java.time.LocalDate;

/** What a person gives for a PDSA cycle: the four stages in words, and when it runs. */
public record PdsaDetails(String plan, String doing, String study, String act, LocalDate startDate, LocalDate endDate) {
}
