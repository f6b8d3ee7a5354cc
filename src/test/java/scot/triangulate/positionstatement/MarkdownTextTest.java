package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Markdown is rendered safely: no raw HTML, no unsafe links, citations linked only where the log knows them. */
class MarkdownTextTest {

    private static final Function<String, Optional<String>> NONE = n -> Optional.empty();
    private static final Function<String, Optional<String>> LOG = n -> Optional.ofNullable(
            Map.of("D009", "/partnerships/clackmannanshire/evidence/D009").get(n));

    @Test
    void rendersLightFormatting() {
        String html = MarkdownText.html("# Heading\n\nSome **bold** and *italic* text.\n\n- one\n- two\n", NONE, 0);
        assertThat(html).contains("<h1>Heading</h1>", "<strong>bold</strong>", "<em>italic</em>", "<ul>", "<li>one</li>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = MarkdownText.html("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> there", NONE, 0);
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksSurvive() {
        String html = MarkdownText.html("""
                [safe](https://www.example.gov.scot/a) [plain](http://example.org) [mail](mailto:cpc@example.org)
                [bad](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [relative](/admin)
                <javascript:alert(2)> [vb](VBScript:msgbox)
                [ref]

                [ref]: javascript:alert(3)
                """, NONE, 0);
        assertThat(html).contains("<a href=\"https://www.example.gov.scot/a\" rel=\"noopener noreferrer\">safe</a>",
                "<a href=\"http://example.org\"", "<a href=\"mailto:cpc@example.org\"");
        assertThat(html).doesNotContain("javascript:alert(1)\"", "href=\"javascript", "href=\"data:", "href=\"/admin\"",
                "href=\"VBScript", "href=\"vbscript");
        assertThat(html).contains("bad", "relative");
    }

    @Test
    void imagesBecomeTheirDescription() {
        String html = MarkdownText.html("![a chart of referrals](https://tracker.example/pixel.png)", NONE, 0);
        assertThat(html).doesNotContain("<img").contains("a chart of referrals");
    }

    @Test
    void citationsKnownToTheLogBecomeLinks() {
        String html = MarkdownText.html("As the audit found [D009], and [D404] says **more [D009]**.", LOG, 0);
        assertThat(html).contains("<a href=\"/partnerships/clackmannanshire/evidence/D009\">[D009]</a>, and [D404] says");
        assertThat(html).contains("<strong>more <a href=\"/partnerships/clackmannanshire/evidence/D009\">[D009]</a></strong>");
    }

    @Test
    void headingsMoveDownBelowThePagesOwn() {
        assertThat(MarkdownText.html("# Top\n\n## Next\n\n###### Deep", NONE, 2))
                .contains("<h3>Top</h3>", "<h4>Next</h4>", "<h6>Deep</h6>").doesNotContain("<h1>", "<h2>");
    }

    @Test
    void listItemsAreReadUnderTheirHeadingOnly() {
        String markdown = """
                Some opening words.

                ## Key achievements:

                1. The **chronology** practice guide [D009]
                2. Advocacy at every case conference
                   - with a nested point

                - A third list under the same heading

                ### A smaller heading

                - Still part of key achievements

                ## Priority areas for improvement

                - Analysis in chronologies (QI 5.2)
                """;
        assertThat(MarkdownText.listItemsUnder(markdown, "key achievements")).containsExactly(
                "The chronology practice guide [D009]", "Advocacy at every case conference with a nested point",
                "A third list under the same heading", "Still part of key achievements");
        assertThat(MarkdownText.listItemsUnder(markdown, "Priority areas for improvement"))
                .containsExactly("Analysis in chronologies (QI 5.2)");
        assertThat(MarkdownText.listItemsUnder(markdown, "Missing")).isEmpty();
        assertThat(MarkdownText.hasHeading(markdown, "Key achievements")).isTrue();
    }

    @Test
    void citationsAreFoundOnceInOrder() {
        assertThat(Citations.numbers("[D020] then [d009], [D020] again, not D011 nor [D12]")).isEqualTo(List.of("D020", "D009"));
    }
}
