package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Messages with a number in them say "1 item" and "2 items", never "1 items". */
class PositionStatementMessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PositionStatementMessagesTest() {
        messages.setBasename("messages-positionstatement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }

    @Test
    void aListOfAtLeastOneItemIsSingular() {
        assertThat(say("ps.problem.listCount.atLeast", "Priority areas for improvement", 0, 1, 0))
                .isEqualTo("Under \u201CPriority areas for improvement\u201D there should be at least 1 list item; there are none.");
        assertThat(say("ps.problem.listCount.atLeast", "Priority areas for improvement", 1, 2, 0))
                .isEqualTo("Under \u201CPriority areas for improvement\u201D there should be at least 2 list items; there is 1.");
        assertThat(say("ps.conventions.atLeast", "Priority areas for improvement", 1))
                .endsWith("one item for each, at least 1 item.");
        assertThat(say("ps.conventions.atLeast", "Priority areas for improvement", 3))
                .endsWith("one item for each, at least 3 items.");
    }

    @Test
    void wordCountsAreSingularForOneWord() {
        assertThat(say("ps.section.words", 1)).isEqualTo("1 word");
        assertThat(say("ps.section.words", 0)).isEqualTo("No words");
        assertThat(say("ps.section.words", 1200)).isEqualTo("1,200 words");
        assertThat(say("ps.words.saved", 1, 1, 5000))
                .isEqualTo("Saved text: 1 word in this section; 1 of 5,000 words in the whole statement.");
        assertThat(say("ps.words.saved", 2, 7, 5000))
                .isEqualTo("Saved text: 2 words in this section; 7 of 5,000 words in the whole statement.");
        assertThat(say("ps.problem.wordLimit", 5001, 5000, 1))
                .isEqualTo("The statement has 5,001 words: 1 word over the limit of 5,000.");
        assertThat(say("ps.problem.wordLimit", 5010, 5000, 10))
                .isEqualTo("The statement has 5,010 words: 10 words over the limit of 5,000.");
    }

    @Test
    void aMissingCommentOnCapacityForImprovementSaysWhatIsMissing() {
        assertThat(say("ps.problem.topicMissing.indicator", "3-5 key achievements and areas for improvement",
                "capacity for improvement", "10"))
                .isEqualTo("\u201C3-5 key achievements and areas for improvement\u201D does not comment on capacity for improvement"
                        + " (QI 10), as the guidance asks: write about your capacity for improvement, or name QI 10.");
    }
}
