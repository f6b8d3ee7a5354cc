package scot.triangulate.improvement;

import java.time.Instant;
import java.time.LocalDate;

/** One plan-do-study-act cycle of an action, numbered from 1 within the action. */
public record PdsaCycle(long actionId, int number, String plan, String doing, String study, String act,
        LocalDate startDate, LocalDate endDate, int version, String updatedBy, Instant updatedAt) {
}
