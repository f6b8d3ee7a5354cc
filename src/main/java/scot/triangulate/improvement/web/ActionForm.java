package scot.triangulate.improvement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.partnership.Agency;

/**
 * The action form as typed: every field is text, so a mistyped date or number comes back to the person with a
 * message on its field instead of a binding failure. {@code version} is the action's version when the form was read.
 */
record ActionForm(String description, String ownerName, String ownerAgency, String ownerAgencyName, String dueDate,
        String indicatorCode, String baseline, String target, String qualityIndicator, String areaIndicator,
        String areaText, String status, Integer version) {

    /** Figures bigger than this are typing mistakes, not indicator values. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000L);

    static ActionForm of(ActionDetails d, Integer version) {
        return new ActionForm(d.description(), d.ownerName(), d.ownerAgency() == null ? "" : d.ownerAgency().name(),
                d.ownerAgencyName(), d.dueDate() == null ? "" : d.dueDate().toString(), d.indicatorCode(),
                text(d.baseline()), text(d.target()), d.qualityIndicator(), d.areaIndicator(), d.areaText(),
                (d.status() == null ? ActionStatus.NOT_STARTED : d.status()).name(), version);
    }

    static ActionForm of(ImprovementAction action) {
        return of(action.details(), action.version());
    }

    /** The details, or null when a field cannot be read (each such field is rejected in {@code errors}). */
    ActionDetails toDetails(BindingResult errors) {
        Agency agency = null;
        if (!blank(ownerAgency)) {
            try {
                agency = Agency.valueOf(ownerAgency.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("ownerAgency", "improvement.ownerAgency.invalid");
            }
        }
        ActionStatus state = ActionStatus.NOT_STARTED;
        if (!blank(status)) {
            try {
                state = ActionStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("status", "improvement.status.invalid");
            }
        }
        LocalDate due = date(dueDate, "dueDate", errors);
        BigDecimal base = number(baseline, "baseline", errors);
        BigDecimal aim = number(target, "target", errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new ActionDetails(description, ownerName, agency, ownerAgencyName, due, blank(indicatorCode) ? null : indicatorCode,
                base, aim, qualityIndicator, areaIndicator, areaText, state);
    }

    static LocalDate date(String text, String field, BindingResult errors) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.rejectValue(field, "improvement.date.invalid");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "improvement.date.invalid");
            return null;
        }
    }

    private static BigDecimal number(String text, String field, BindingResult errors) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text.strip().replace(",", "").replace("%", ""));
            if (n.abs().compareTo(LARGEST) >= 0) {
                errors.rejectValue(field, "improvement.number.invalid");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "improvement.number.invalid");
            return null;
        }
    }

    private static String text(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
