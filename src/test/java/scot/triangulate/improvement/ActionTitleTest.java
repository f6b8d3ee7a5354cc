package scot.triangulate.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An action is headed by what it does: the first sentence of its description, cut at a word. */
class ActionTitleTest {

    @Test
    void aShortDescriptionIsItsOwnTitle() {
        assertThat(action("Improve pathway planning").title()).isEqualTo("Improve pathway planning");
        assertThat(action("  Improve   pathway\nplanning.  ").title()).isEqualTo("Improve pathway planning");
    }

    @Test
    void theFirstSentenceHeadsTheAction() {
        assertThat(action("Audit every plan by March. Report to the chief officers group.").title())
                .isEqualTo("Audit every plan by March");
        assertThat(action("Why do reviews slip? Find out with the reviewing officers.").title())
                .isEqualTo("Why do reviews slip?");
        // An abbreviation does not end the sentence.
        assertThat(action("Share minutes e.g. of core groups with health visitors. Then review.").title())
                .isEqualTo("Share minutes e.g. of core groups with health visitors");
    }

    @Test
    void aLongSentenceIsCutAtAWord() {
        String title = action("Start pathway planning at 14 for every care experienced young person, with one "
                + "consistent worker who stays with them").title();
        assertThat(title).isEqualTo("Start pathway planning at 14 for every care experienced young person, with one\u2026");
        assertThat(title.length()).isLessThanOrEqualTo(80);
    }

    private static ImprovementAction action(String description) {
        return new ImprovementAction(1, 1, 1, "p", description, null, null, null, null, null, null, null, null, null,
                null, ActionStatus.NOT_STARTED, 0, "x", null, null, null, List.of(), null);
    }
}
