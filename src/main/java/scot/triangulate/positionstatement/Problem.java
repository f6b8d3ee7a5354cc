package scot.triangulate.positionstatement;

import java.util.List;

/**
 * Something that stops a position statement being submitted: a code for machines, a message key and its
 * arguments for people, and where to fix it (a section, a document in the log, the core documents, or the page
 * {@code link} of other written work).
 */
public record Problem(String code, String messageKey, List<Object> arguments, String sectionKey, String documentNumber,
        String link) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public Problem(String code, String messageKey, List<Object> arguments, String sectionKey, String documentNumber) {
        this(code, messageKey, arguments, sectionKey, documentNumber, null);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    public static final String SECTION_EMPTY = "section-empty";
    public static final String WORD_LIMIT = "word-limit";
    public static final String LIST_COUNT = "list-count";
    public static final String LIST_INDICATOR = "list-item-indicator";
    public static final String TOPIC_MISSING = "topic-missing";
    public static final String CITATION_UNKNOWN = "citation-unknown";
    public static final String CITATION_NOT_CLEARED = "citation-not-cleared";
    public static final String CORE_DOCUMENTS = "core-documents";
    public static final String PERSONAL_DATA = "personal-data";
}
