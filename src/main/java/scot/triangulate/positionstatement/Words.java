package scot.triangulate.positionstatement;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** Words from the message bundle, for exports written outside a page. */
@FunctionalInterface
interface Words {

    /** Dates as gov.scot writes them ("31 July 2026"), on the day it was in Scotland. */
    DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    ZoneId SCOTLAND = ZoneId.of("Europe/London");

    String get(String key, Object... arguments);

    /** "Clackmannanshire – Position statement: Self-evaluation 2026": whose statement, and for which cycle. */
    default String title(PositionStatement statement) {
        return get("ps.export.title", statement.partnershipName(), statement.template().title(), statement.cycleTitle());
    }

    /** "Draft, last changed on 30 July 2026", or "Version 2, submitted by ... on 31 July 2026". */
    default String versionLine(PositionStatement statement) {
        if (!statement.isDraft()) {
            return get("ps.export.version", statement.submission().number(), statement.submission().submittedBy(),
                    date(statement.submission().submittedAt()));
        }
        return statement.sections().stream().map(Section::updatedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(changed -> get("ps.export.draft.changed", date(changed)))
                .orElseGet(() -> get("ps.export.draft"));
    }

    static String date(OffsetDateTime at) {
        return DATE.format(at.atZoneSameInstant(SCOTLAND));
    }
}
