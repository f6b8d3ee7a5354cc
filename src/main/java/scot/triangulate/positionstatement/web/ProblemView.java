package scot.triangulate.positionstatement.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import scot.triangulate.positionstatement.Problem;

/** A problem as shown and sent: its code, its message in words, and where to go to fix it. */
record ProblemView(String code, String message, String fixUrl, String fixText) {

    static List<ProblemView> of(List<Problem> problems, String partnership, long cycleId, MessageSource messages) {
        return problems.stream().map(p -> of(p, partnership, cycleId, messages)).toList();
    }

    private static ProblemView of(Problem problem, String partnership, long cycleId, MessageSource messages) {
        String statement = "/partnerships/" + partnership + "/cycles/" + cycleId + "/position-statement";
        String url;
        String fix;
        if (problem.link() != null) {
            url = problem.link() + "#screening-findings";
            fix = text(messages, "ps.fix.personalData");
        } else if (problem.documentNumber() != null) {
            url = "/partnerships/" + partnership + "/evidence/" + problem.documentNumber();
            fix = text(messages, "ps.fix.document", problem.documentNumber());
        } else if (problem.sectionKey() != null) {
            url = statement + "/sections/" + problem.sectionKey() + "#text";
            fix = text(messages, "ps.fix.section");
        } else if (Problem.CORE_DOCUMENTS.equals(problem.code())) {
            url = "/partnerships/" + partnership + "/core-documents";
            fix = text(messages, "ps.fix.core");
        } else {
            url = statement + "#sections";
            fix = text(messages, "ps.fix.words");
        }
        return new ProblemView(problem.code(), text(messages, problem.messageKey(), problem.argumentArray()), url, fix);
    }

    private static String text(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.UK);
    }
}
