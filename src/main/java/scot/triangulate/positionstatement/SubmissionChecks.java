package scot.triangulate.positionstatement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scot.triangulate.evidence.EvidenceStatus;

/**
 * The checks a position statement must pass before it is submitted, as a plain function of its texts and what
 * the log and framework say: every section written; within the word limit; the lists each section's structure
 * asks for (3 to 5 key achievements; every priority area for improvement naming a quality indicator); what the
 * guidance asks a section to address (the last section's comment on capacity for improvement, QI 10); every
 * citation found in the document log and cleared by screening; every core document present or explained.
 */
public final class SubmissionChecks {

    /** "QI 5.2", "QI5.2", "qi 10": how a list item names a quality indicator. */
    static final Pattern INDICATOR = Pattern.compile("\\bQI\\s?(\\d{1,2}(?:\\.\\d{1,2})?)\\b", Pattern.CASE_INSENSITIVE);

    /** "quality indicator 10", as the guidance itself names an indicator. */
    static final Pattern SPELLED_INDICATOR = Pattern.compile("\\bquality\\s+indicator\\s+(\\d{1,2}(?:\\.\\d{1,2})?)\\b",
            Pattern.CASE_INSENSITIVE);

    private SubmissionChecks() {
    }

    /** The document log as the checks see it: a number's status, or empty if the log has no such number. */
    public interface DocumentLog extends Function<String, Optional<EvidenceStatus>> {
    }

    /**
     * @param words the words in a section's text, as {@link WordCount} counts them (a draft has counted them
     *              already)
     */
    public static List<Problem> check(StatementTemplate template, Map<String, String> texts, ToIntFunction<String> words,
            Predicate<String> knownIndicator, DocumentLog log, boolean coreDocumentsComplete) {
        List<Problem> problems = new ArrayList<>();
        int total = 0;
        for (StatementTemplate.SectionTemplate section : template.sections()) {
            String text = texts.getOrDefault(section.key(), "");
            int inSection = words.applyAsInt(text);
            total += inSection;
            if (inSection == 0) {
                problems.add(new Problem(Problem.SECTION_EMPTY, "ps.problem.sectionEmpty", List.of(section.title()), section.key(), null));
                continue;
            }
            for (StatementTemplate.ListRule rule : section.lists()) {
                listProblems(section, rule, text, knownIndicator, problems);
            }
            for (StatementTemplate.TopicRule rule : section.addresses()) {
                if (!addresses(text, rule)) {
                    problems.add(new Problem(Problem.TOPIC_MISSING, rule.indicator() == null
                            ? "ps.problem.topicMissing" : "ps.problem.topicMissing.indicator",
                            List.of(section.title(), rule.topic(), rule.indicator() == null ? "" : rule.indicator()),
                            section.key(), null));
                }
            }
        }
        if (total > template.wordLimit()) {
            problems.add(new Problem(Problem.WORD_LIMIT, "ps.problem.wordLimit", List.of(total, template.wordLimit(),
                    total - template.wordLimit()), null, null));
        }
        for (StatementTemplate.SectionTemplate section : template.sections()) {
            problems.addAll(citationProblems(section, texts.getOrDefault(section.key(), ""), log));
        }
        if (!coreDocumentsComplete) {
            problems.add(new Problem(Problem.CORE_DOCUMENTS, "ps.problem.coreDocuments", List.of(), null, null));
        }
        return problems;
    }

    /** Each citation in a section's text that cannot stand: not in the log, or not cleared by screening. */
    static List<Problem> citationProblems(StatementTemplate.SectionTemplate section, String text, DocumentLog log) {
        List<Problem> problems = new ArrayList<>();
        for (String number : Citations.numbers(text)) {
            Optional<EvidenceStatus> status = log.apply(number);
            if (status.isEmpty()) {
                problems.add(new Problem(Problem.CITATION_UNKNOWN, "ps.problem.citationUnknown",
                        List.of(number, section.title()), section.key(), null));
            } else if (status.get() != EvidenceStatus.CLEARED) {
                problems.add(new Problem(Problem.CITATION_NOT_CLEARED, "ps.problem.citationNotCleared." + status.get().name(),
                        List.of(number, section.title()), section.key(), number));
            }
        }
        return problems;
    }

    private static void listProblems(StatementTemplate.SectionTemplate section, StatementTemplate.ListRule rule, String text,
            Predicate<String> knownIndicator, List<Problem> problems) {
        List<String> items = MarkdownText.listItemsUnder(text, rule.heading());
        boolean tooFew = rule.min() != null && items.size() < rule.min();
        boolean tooMany = rule.max() != null && items.size() > rule.max();
        if (tooFew || tooMany) {
            String key = rule.max() == null ? "ps.problem.listCount.atLeast" : "ps.problem.listCount.between";
            problems.add(new Problem(Problem.LIST_COUNT, key, List.of(rule.heading(), items.size(),
                    rule.min() == null ? 0 : rule.min(), rule.max() == null ? 0 : rule.max()), section.key(), null));
        }
        if (rule.namesIndicator()) {
            for (String item : items) {
                Set<String> named = indicatorsNamed(item);
                if (named.isEmpty()) {
                    problems.add(new Problem(Problem.LIST_INDICATOR, "ps.problem.listIndicator.none",
                            List.of(rule.heading(), excerpt(item)), section.key(), null));
                } else if (named.stream().noneMatch(knownIndicator)) {
                    problems.add(new Problem(Problem.LIST_INDICATOR, "ps.problem.listIndicator.unknown",
                            List.of(rule.heading(), excerpt(item), String.join(", ", named)), section.key(), null));
                }
            }
        }
    }

    /**
     * Whether a section's text addresses a topic: it says the topic or another of the rule's wordings (in any case,
     * across line breaks), or names the rule's indicator as "QI 10" or "quality indicator 10".
     */
    static boolean addresses(String text, StatementTemplate.TopicRule rule) {
        String words = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        boolean said = Stream.concat(Stream.of(rule.topic()), rule.wordings().stream())
                .map(w -> w.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .anyMatch(words::contains);
        if (said || rule.indicator() == null) {
            return said;
        }
        Set<String> named = indicatorsNamed(text);
        Matcher spelled = SPELLED_INDICATOR.matcher(text);
        while (spelled.find()) {
            named.add(spelled.group(1));
        }
        return named.contains(rule.indicator().toLowerCase(Locale.ROOT));
    }

    /** The indicator codes an item names, e.g. {"5.2", "10"}. */
    static Set<String> indicatorsNamed(String item) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = INDICATOR.matcher(item);
        while (matcher.find()) {
            codes.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    private static String excerpt(String item) {
        return item.length() <= 80 ? item : item.substring(0, 77).strip() + "...";
    }
}
