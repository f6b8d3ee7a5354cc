package scot.triangulate.performance.chart;

/**
 * Appends SVG markup to a StringBuilder: coordinates to a tenth of a unit of the viewBox (finer is invisible and
 * only makes the file bigger) and text escaped for XML, so that no title or period name can inject markup.
 */
final class SvgWriter {

    private final StringBuilder out;

    SvgWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    SvgWriter raw(char markup) {
        out.append(markup);
        return this;
    }

    /** A coordinate or length, rounded to one decimal place without going through String.format. */
    SvgWriter num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return this;
    }

    /** An attribute {@code name="value"} with a leading space; the value escaped. */
    SvgWriter attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        return text(value).raw('"');
    }

    SvgWriter attr(String name, double value) {
        out.append(' ').append(name).append("=\"");
        return num(value).raw('"');
    }

    /**
     * Text escaped for XML content and attributes. Characters XML 1.0 cannot hold (controls, unpaired surrogates)
     * are dropped and line breaks become spaces, so the output always parses.
     */
    SvgWriter text(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    boolean pair = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                    if (Character.isHighSurrogate(c) && pair) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
