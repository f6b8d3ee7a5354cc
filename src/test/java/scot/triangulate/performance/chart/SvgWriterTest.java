package scot.triangulate.performance.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void writesCoordinatesToATenth() {
        SvgWriter svg = new SvgWriter(16);
        svg.num(12).raw(' ').num(3.14159).raw(' ').num(-0.04).raw(' ').num(-2.26).raw(' ').num(0.96);

        assertThat(svg.toString()).isEqualTo("12 3.1 0 -2.3 1");
    }

    @Test
    void escapesMarkupAndDropsWhatXmlCannotHold() {
        SvgWriter svg = new SvgWriter(16);
        svg.text("<a href=\"x\">Tom & Jerry's</a>\u0000\u0007\nnext \uD83D\uDE00 \uD800 \uFFFF");

        assertThat(svg.toString())
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; next \uD83D\uDE00  ");
    }
}
