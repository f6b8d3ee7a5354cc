package scot.triangulate.selfevaluation;

/** The evaluation's answers: the three questions, strengths, areas for improvement, and (for QI 10) the context. */
public record Answers(String howGoodNow, String howDoWeKnow, String whatNext, String strengths,
        String areasForImprovement, String contextualChallenges) implements java.io.Serializable {

    public static final int MAX_LENGTH = 20_000;

    public Answers {
        howGoodNow = clean(howGoodNow);
        howDoWeKnow = clean(howDoWeKnow);
        whatNext = clean(whatNext);
        strengths = clean(strengths);
        areasForImprovement = clean(areasForImprovement);
        contextualChallenges = clean(contextualChallenges);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
