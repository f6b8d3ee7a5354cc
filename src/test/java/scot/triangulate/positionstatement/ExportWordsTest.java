package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An export is titled with whose statement it is and for which cycle, and dated as gov.scot writes dates. */
class ExportWordsTest {

    private final Words words = ExportTestData.words();

    @Test
    void theTitleNamesThePartnershipByItsNameAndTheCycle() {
        assertThat(words.title(ExportTestData.draft()))
                .isEqualTo("Clackmannanshire \u2013 Position statement: Self-evaluation 2026");
    }

    @Test
    void aSubmittedVersionSaysWhoSubmittedItAndOnWhatDay() {
        OffsetDateTime submitted = OffsetDateTime.of(2026, 7, 31, 9, 15, 0, 0, ZoneOffset.UTC);
        PositionStatement statement = ExportTestData.statement(new Submission(1, 12, 2, "care-and-protection-2022", 900,
                "demo-lead", submitted));
        assertThat(words.versionLine(statement)).isEqualTo("Version 2, submitted by demo-lead on 31 July 2026");
    }

    @Test
    void theDayIsTheDayInScotland() {
        OffsetDateTime lateInJuly = OffsetDateTime.of(2026, 7, 31, 23, 30, 0, 0, ZoneOffset.UTC);
        PositionStatement statement = ExportTestData.statement(new Submission(1, 12, 1, "care-and-protection-2022", 900,
                "demo-lead", lateInJuly));
        assertThat(words.versionLine(statement)).endsWith("on 1 August 2026");
    }

    @Test
    void aDraftSaysWhenItLastChanged() {
        assertThat(words.versionLine(ExportTestData.draft())).isEqualTo("Draft, last changed on 30 July 2026");
    }
}
