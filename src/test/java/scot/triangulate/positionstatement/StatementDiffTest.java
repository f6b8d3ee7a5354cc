package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.triangulate.positionstatement.StatementDiff.Kind;
import scot.triangulate.positionstatement.StatementDiff.Part;

/** A word-level diff: common words kept, the rest marked removed or added. */
class StatementDiffTest {

    @Test
    void sameTextHasNoChanges() {
        List<Part> parts = StatementDiff.compare("Children are safer.", "Children  are\nsafer.");
        assertThat(parts).containsExactly(new Part(Kind.SAME, "Children are safer."));
        assertThat(StatementDiff.changed(parts)).isFalse();
    }

    @Test
    void marksAddedAndRemovedWords() {
        assertThat(StatementDiff.compare("Most children feel safe at home", "Most children and young people feel safe"))
                .containsExactly(new Part(Kind.SAME, "Most children"), new Part(Kind.ADDED, "and young people"),
                        new Part(Kind.SAME, "feel safe"), new Part(Kind.REMOVED, "at home"));
    }

    @Test
    void replacedWordsAreARemovalAndAnAddition() {
        assertThat(StatementDiff.compare("Re-registrations fell to 9%", "Re-registrations fell to 8%"))
                .containsExactly(new Part(Kind.SAME, "Re-registrations fell to"), new Part(Kind.REMOVED, "9%"),
                        new Part(Kind.ADDED, "8%"));
    }

    @Test
    void emptyOnEitherSide() {
        assertThat(StatementDiff.compare("", "New text")).containsExactly(new Part(Kind.ADDED, "New text"));
        assertThat(StatementDiff.compare("Old text", null)).containsExactly(new Part(Kind.REMOVED, "Old text"));
        assertThat(StatementDiff.compare(null, "")).isEmpty();
    }

    @Test
    void veryLongTextsStillCompare() {
        String before = "a ".repeat(3_000) + "x " + "b ".repeat(3_000);
        String after = "a ".repeat(3_000) + "c d ".repeat(2_000) + "b ".repeat(3_000);
        List<Part> parts = StatementDiff.compare(before, after);
        assertThat(parts).extracting(Part::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
    }
}
