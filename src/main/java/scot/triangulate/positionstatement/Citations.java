package scot.triangulate.positionstatement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.triangulate.evidence.DocumentNumber;

/** Citations of the document log in a statement's text: a document number in square brackets, such as [D012]. */
public final class Citations {

    static final Pattern CITATION = Pattern.compile("\\[([Dd]\\d{3,6})\\]");

    private Citations() {
    }

    /** The document numbers cited (D012 form), each once, in the order they first appear. */
    public static List<String> numbers(String markdown) {
        if (markdown == null) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = CITATION.matcher(markdown);
        while (matcher.find()) {
            numbers.add(normalise(matcher.group(1)));
        }
        return new ArrayList<>(numbers);
    }

    /** D12 and d012 are both D012: the log's own form, three digits or more. */
    static String normalise(String number) {
        return DocumentNumber.format(Integer.parseInt(number.substring(1)));
    }
}
