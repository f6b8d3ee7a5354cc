package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.IntegrationTest;

/**
 * For a period no other partnership has shared, nothing is compared with the partnership's own figure: no Scotland
 * or family group figure, and the data draft says there is nothing to compare it with.
 */
@IntegrationTest
class NoSelfComparisonTest {

    /** West Lothian's figures are changed by no other test; the period is after every other figure's. */
    private static final String PARTNERSHIP = "west-lothian";
    private static final String IRD = "ird-to-planning-meeting";

    @Autowired
    private IndicatorValues values;
    @Autowired
    private IndicatorSummaries summaries;
    @Autowired
    private DataDraft drafts;

    @Test
    void aPeriodOnlyWeHaveIsComparedWithNothing() {
        if (values.series(PARTNERSHIP, IRD).stream().noneMatch(v -> v.period().label().equals("2093-05"))) {
            values.record(PARTNERSHIP, IRD, "2093-05", "30", "40", "", 0, "test");
        }
        IndicatorSummary summary = summaries.of(PARTNERSHIP, IRD).orElseThrow();
        assertThat(summary.latest().value()).isEqualByComparingTo("75");
        assertThat(summary.scotland()).isNull();
        assertThat(summary.familyGroup()).isNull();

        String draft = drafts.draft(PARTNERSHIP, List.of(IRD));
        assertThat(draft).contains("No other partnership's figure for May 2093 is shared yet, so there is nothing to compare it with.")
                .doesNotContain("Scotland's was", "family group's figure was")
                // Dates as gov.scot writes them, in generated text too.
                .containsPattern("was [0-9.]+% in May 2093, (up|down) from [0-9.]+% in [A-Z][a-z]+ 20[0-9]{2}")
                .doesNotContain("2093-05");
    }
}
