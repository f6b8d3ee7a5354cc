package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-processor rule: runs of non-space characters with a letter or digit; citations and Markdown marks don't count. */
class WordCountTest {

    @Test
    void nothingIsNoWords() {
        assertThat(WordCount.count(null)).isZero();
        assertThat(WordCount.count("")).isZero();
        assertThat(WordCount.count("  \n\t ")).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Children are safer.|3",
        "multi-agency work|2",
        "don't stop|2",
        "2024-25 data|2",
        "Re-registrations fell from 14% to 9%|6",
        "We audited records [D009].|3",
        "We audited records [D009] [d010] and [D1234].|4",
        "# Governance|1",
        "## Key achievements|2",
        "**bold** and *italic*|3",
        "- first item|2",
        "* first item|2",
        "1. first item|2",
        "12) twelfth item|2",
        "Read [the plan](https://www.example.gov.scot/plan.pdf) today|4",
        "Write to <mailto:cpc@example.gov.scot>|3",
        "a - b — c & d|4",
        "In 2023 we began|4",
        "Crèche, café and naïve|4",
        "one\u00A0two|2",
    })
    void countsAsWordProcessorsDo(String text, int words) {
        assertThat(WordCount.count(text)).isEqualTo(words);
    }

    @Test
    void listMarkersOnEveryLineAreSkippedButNumbersInSentencesCount() {
        String markdown = """
                ## Key achievements

                1. Fewer re-registrations
                2. Faster IRDs
                   - nested point
                > 3. quoted item

                We saw 2 more panels in 2024.
                """;
        // 2 + 2 + 2 + 2 + 2 + 7
        assertThat(WordCount.count(markdown)).isEqualTo(17);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // List markers on lines ended by Windows, old Mac and Unicode line endings.
        "'first\r\n2. second\r3) third\u20284. fourth\u00855. fifth'|5",
        // A marker needs a space, a tab or the line's end after it; ten digits are a number, not a marker.
        "'1.5 million'|2",
        "'1234567890. items'|2",
        "'\t> 7.\tseventh'|1",
        "'3.'|0",
        // Unicode spaces separate words; numbers in other scripts and letters outside the basic plane are words.
        "'one\u3000two\u2003three'|3",
        "'\u0663 \u216B \u00BD'|3",
        "'\uD835\uDD18nicode'|1",
        "'[D012](in brackets) ] ( )'|2",
        "'read [it](x \"title\") now'|3",
    })
    void linesSpacesAndScriptsAreReadAsUnicodeDefinesThem(String text, int words) {
        String unescaped = text.translateEscapes();
        assertThat(WordCount.count(unescaped)).isEqualTo(words);
    }

    @Test
    void fiveThousandWordsAreFiveThousand() {
        String text = "word ".repeat(4_999) + "[D001] last.";
        assertThat(WordCount.count(text)).isEqualTo(5_000);
    }
}
