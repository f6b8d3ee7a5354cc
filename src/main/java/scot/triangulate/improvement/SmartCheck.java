package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import scot.triangulate.performance.Polarity;

/**
 * The SMART check of an improvement action, as plain rules anyone can read and argue with (the same words are on
 * screen beside the check):
 * <ul>
 * <li><b>Specific</b>: the description has at least {@value #MIN_WORDS} words, and at least {@value #MIN_CONTENT_WORDS}
 * of them say what will change: words other than vague verbs ("improve", "review", "consider", ...) and filler
 * ("the", "we", "will", ...). "Review and improve practice" names nothing that will change.</li>
 * <li><b>Measurable</b>: linked to an indicator, with a baseline and a target that differs from it, and the target
 * lies in the indicator's good direction (above the baseline when higher is better, below when lower is better;
 * any change when neither is).</li>
 * <li><b>Achievable</b>: it has an owner (a person and their agency); a percentage target lies between 0 and 100;
 * and the target neither more than doubles nor more than halves a non-zero baseline in one plan.</li>
 * <li><b>Relevant</b>: linked to a quality indicator the cycle evaluates, or to an area for improvement.</li>
 * <li><b>Time-bound</b>: it has a due date after the day the action was made and no more than
 * {@value #MAX_YEARS} years after it (the position statement asks for priorities over the next three years).</li>
 * </ul>
 */
public final class SmartCheck {

    static final int MIN_WORDS = 8;
    static final int MIN_CONTENT_WORDS = 3;
    static final int MAX_YEARS = 3;
    /** A target more than this many times the baseline, or less than its reciprocal, is not plausible in one plan. */
    static final BigDecimal MAX_RATIO = BigDecimal.valueOf(2);

    static final Set<String> VAGUE_VERBS = Set.of("improve", "improving", "improved", "review", "reviewing", "reviewed",
            "consider", "considering", "explore", "exploring", "look", "looking", "enhance", "strengthen", "develop",
            "developing", "ensure", "continue", "address", "support", "monitor", "work", "working", "progress", "embed");
    static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "to", "of", "in", "on", "at", "for", "with",
            "by", "from", "into", "we", "will", "our", "us", "this", "that", "these", "it", "its", "be", "is", "are",
            "more", "better", "further", "all", "as", "where", "possible", "need", "needs", "should", "must", "can",
            "how", "what", "things", "areas", "area", "practice", "services", "service", "partnership", "approach");

    /**
     * What the check reads of an action and its context.
     *
     * @param measureQualityIndicators the quality indicators the linked measure is defined to measure (empty when its
     *                                 definition names none)
     */
    public record Facts(String description, String ownerName, boolean ownerAgency, LocalDate dueDate, LocalDate createdOn,
            boolean indicatorLinked, Polarity polarity, boolean percentage, BigDecimal baseline, BigDecimal target,
            String qualityIndicator, List<String> cycleIndicators, boolean fromArea, List<String> measureQualityIndicators) {
    }

    private SmartCheck() {
    }

    public static SmartResult check(Facts facts) {
        List<SmartResult.Failure> failures = new ArrayList<>();
        specific(facts, failures);
        measurable(facts, failures);
        achievable(facts, failures);
        relevant(facts, failures);
        timeBound(facts, failures);
        return new SmartResult(failures);
    }

    private static void specific(Facts facts, List<SmartResult.Failure> failures) {
        List<String> words = words(facts.description());
        if (words.size() < MIN_WORDS) {
            fail(failures, SmartLetter.SPECIFIC, "improvement.smart.specific.short", words.size(), MIN_WORDS);
            return;
        }
        long content = words.stream().filter(w -> !VAGUE_VERBS.contains(w) && !FILLER.contains(w)).count();
        if (content < MIN_CONTENT_WORDS) {
            Set<String> vague = new LinkedHashSet<>(words.stream().filter(VAGUE_VERBS::contains).toList());
            fail(failures, SmartLetter.SPECIFIC, "improvement.smart.specific.vague", String.join(", ", vague));
        }
    }

    private static void measurable(Facts facts, List<SmartResult.Failure> failures) {
        if (!facts.indicatorLinked()) {
            fail(failures, SmartLetter.MEASURABLE, "improvement.smart.measurable.noIndicator");
        } else if (!blank(facts.qualityIndicator()) && !facts.measureQualityIndicators().isEmpty()
                && !facts.measureQualityIndicators().contains(facts.qualityIndicator())) {
            fail(failures, SmartLetter.MEASURABLE, "improvement.smart.measurable.unrelated", facts.qualityIndicator(),
                    String.join(", ", facts.measureQualityIndicators()));
        } else if (facts.baseline() == null || facts.target() == null) {
            fail(failures, SmartLetter.MEASURABLE, "improvement.smart.measurable.noTarget");
        } else {
            int change = facts.target().compareTo(facts.baseline());
            int good = facts.polarity() == null ? 0 : facts.polarity().goodDirection();
            if (change == 0) {
                fail(failures, SmartLetter.MEASURABLE, "improvement.smart.measurable.noChange");
            } else if (good != 0 && change != good) {
                fail(failures, SmartLetter.MEASURABLE, good > 0
                        ? "improvement.smart.measurable.shouldRise" : "improvement.smart.measurable.shouldFall");
            }
        }
    }

    private static void achievable(Facts facts, List<SmartResult.Failure> failures) {
        if (blank(facts.ownerName()) || !facts.ownerAgency()) {
            fail(failures, SmartLetter.ACHIEVABLE, "improvement.smart.achievable.noOwner");
        }
        BigDecimal target = facts.target();
        if (!facts.indicatorLinked() || target == null) {
            return;
        }
        if (facts.percentage() && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
            fail(failures, SmartLetter.ACHIEVABLE, "improvement.smart.achievable.percentage");
            return;
        }
        BigDecimal baseline = facts.baseline();
        if (baseline != null && baseline.signum() != 0) {
            BigDecimal ratio = target.divide(baseline, 6, RoundingMode.HALF_EVEN).abs();
            BigDecimal floor = BigDecimal.ONE.divide(MAX_RATIO, 6, RoundingMode.HALF_EVEN);
            if (ratio.compareTo(MAX_RATIO) > 0 || ratio.compareTo(floor) < 0) {
                fail(failures, SmartLetter.ACHIEVABLE, "improvement.smart.achievable.tooFar");
            }
        }
    }

    private static void relevant(Facts facts, List<SmartResult.Failure> failures) {
        boolean inCycle = !blank(facts.qualityIndicator()) && facts.cycleIndicators().contains(facts.qualityIndicator());
        if (inCycle || facts.fromArea()) {
            return;
        }
        if (blank(facts.qualityIndicator())) {
            fail(failures, SmartLetter.RELEVANT, "improvement.smart.relevant.none");
        } else {
            fail(failures, SmartLetter.RELEVANT, "improvement.smart.relevant.notInCycle", facts.qualityIndicator());
        }
    }

    private static void timeBound(Facts facts, List<SmartResult.Failure> failures) {
        if (facts.dueDate() == null) {
            fail(failures, SmartLetter.TIME_BOUND, "improvement.smart.timeBound.none");
        } else if (!facts.dueDate().isAfter(facts.createdOn())) {
            fail(failures, SmartLetter.TIME_BOUND, "improvement.smart.timeBound.past");
        } else if (facts.dueDate().isAfter(facts.createdOn().plusYears(MAX_YEARS))) {
            fail(failures, SmartLetter.TIME_BOUND, "improvement.smart.timeBound.far", MAX_YEARS);
        }
    }

    /** Words as a reader counts them: runs of letters or digits, lower-cased. */
    static List<String> words(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}']+"))
                .map(w -> w.replace("'", "")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void fail(List<SmartResult.Failure> failures, SmartLetter letter, String key, Object... arguments) {
        failures.add(new SmartResult.Failure(letter, key, List.of(arguments)));
    }
}
