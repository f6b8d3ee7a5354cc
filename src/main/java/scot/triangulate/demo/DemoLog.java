package scot.triangulate.demo;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the demo documents are in a partnership's log. The demo self-evaluation and position statement name
 * documents by their place in the demo file ({@code D001} is the first); this gives the number each one really
 * has, which differs when the log held other documents first.
 */
record DemoLog(Map<String, String> numbers) {

    private static final Pattern CITATION = Pattern.compile("\\[(D\\d{3,})]");

    /** The number the log gave the demo file's {@code nominal} document. */
    String number(String nominal) {
        String actual = numbers.get(nominal);
        if (actual == null) {
            throw new IllegalArgumentException("No demo document " + nominal);
        }
        return actual;
    }

    /** The text with each citation such as {@code [D005]} pointing at the document's real number. */
    String cite(String text) {
        Matcher matcher = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("[" + number(matcher.group(1)) + "]"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
