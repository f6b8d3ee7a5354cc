package scot.triangulate.improvement.web;

import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import scot.triangulate.improvement.PdsaDetails;

/** A PDSA cycle's form as typed; dates as text so a mistyped one comes back with a message. */
record PdsaForm(String plan, String doing, String study, String act, String startDate, String endDate, Integer version) {

    static PdsaForm empty() {
        return new PdsaForm("", "", "", "", "", "", null);
    }

    /** The details, or null when a date cannot be read (rejected in {@code errors}). */
    PdsaDetails toDetails(BindingResult errors) {
        LocalDate start = ActionForm.date(startDate, "startDate", errors);
        LocalDate end = ActionForm.date(endDate, "endDate", errors);
        return errors.hasErrors() ? null : new PdsaDetails(plan, doing, study, act, start, end);
    }
}
