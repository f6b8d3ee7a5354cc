package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.partnership.Agency;

/**
 * The data draft cites the document an indicator's charts were published as, and says where what the section already
 * says contradicts the figures.
 */
@IntegrationTest
class DataDraftSourcesTest {

    /** Moray's figures and document log are changed by no other test; the periods are after every other figure's. */
    private static final String PARTNERSHIP = "moray";
    private static final String IRD = "ird-to-planning-meeting";
    private static final String NAME = "Child protection planning meetings held within 28 days of the IRD";

    @Autowired
    private IndicatorValues values;
    @Autowired
    private IndicatorPublishing publishing;
    @Autowired
    private DataDraft drafts;

    @Test
    void theDraftCitesThePublishedChartsAndFlagsASectionThatSaysTheOpposite() {
        if (values.series(PARTNERSHIP, IRD).stream().noneMatch(v -> v.period().label().equals("2095-02"))) {
            values.record(PARTNERSHIP, IRD, "2095-01", "36", "40", "", 0, "test");
            values.record(PARTNERSHIP, IRD, "2095-02", "20", "40", "", 0, "test");
        }
        String before = drafts.draft(PARTNERSHIP, List.of(IRD));
        assertThat(before).doesNotContainPattern("\\[D\\d{3}\\]");

        EvidenceItem published = publishing.publish(PARTNERSHIP, IRD, Agency.COUNCIL_SOCIAL_WORK, "test");
        String draft = drafts.draft(PARTNERSHIP, List.of(IRD));
        assertThat(draft).startsWith("**" + NAME + "** was 50.0% in February 2095, down from 90.0% in January 2095")
                .endsWith(" [" + published.documentNumber() + "]");

        String section = "Our partnership has a clear vision. Child protection planning meetings held within 28 days of "
                + "the IRD have improved steadily. We also held " + "40 meetings [" + published.documentNumber() + "].";
        List<DataDraft.Disagreement> found = drafts.disagreements(PARTNERSHIP, List.of(IRD), section);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.indicator()).isEqualTo(NAME);
            assertThat(d.sentence()).isEqualTo("Child protection planning meetings held within 28 days of the IRD have "
                    + "improved steadily.");
            assertThat(d.figures()).startsWith(NAME + " was 50.0% in February 2095").contains("a deterioration");
        });
        // A sentence citing the published charts counts as about the indicator.
        assertThat(drafts.disagreements(PARTNERSHIP, List.of(IRD), "Timeliness is better than ever ["
                + published.documentNumber() + "].")).hasSize(1);
        // Saying what the figures say is no disagreement.
        assertThat(drafts.disagreements(PARTNERSHIP, List.of(IRD), NAME + " fell in February 2095.")).isEmpty();
    }
}
