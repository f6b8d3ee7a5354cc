package scot.triangulate.selfevaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.triangulate.framework.Framework;

/**
 * The words that label the three answers an evaluation keeps. A framework file may give its own (the 2018 framework
 * asks "How good can we be?"); without them the pages use the findings letter's three, from the messages.
 */
public final class EvaluationQuestions {

    /** The answers' fields, in the order a framework file lists its questions. */
    public static final List<String> FIELDS = List.of("howGoodNow", "howDoWeKnow", "whatNext");

    private EvaluationQuestions() {
    }

    /** Each answer field's label in the framework's own words; empty when the framework gives none. */
    public static Map<String, String> of(Framework framework) {
        List<String> questions = framework.evaluationQuestions();
        Map<String, String> labels = new LinkedHashMap<>();
        if (questions == null || questions.size() != FIELDS.size()) {
            return labels;
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            labels.put(FIELDS.get(i), questions.get(i));
        }
        return labels;
    }
}
