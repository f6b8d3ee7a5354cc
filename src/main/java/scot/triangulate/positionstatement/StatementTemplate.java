package scot.triangulate.positionstatement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of a position statement as data: its sections in order, each with the guidance quoted from its
 * source, the word limit, and the lists the submission checks read (key achievements, areas for improvement).
 */
public record StatementTemplate(String id, String title, String source, List<String> frameworks, boolean fallback,
        int wordLimit, List<SectionTemplate> sections) {

    public StatementTemplate {
        require(id != null && !id.isBlank(), "a template needs an id");
        require(title != null && !title.isBlank(), "template " + id + " needs a title");
        require(source != null && !source.isBlank(), "template " + id + " must name the source of its guidance");
        require(wordLimit > 0, "template " + id + " needs a word limit above zero");
        require(sections != null && !sections.isEmpty(), "template " + id + " needs sections");
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        sections = List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (SectionTemplate section : sections) {
            require(keys.add(section.key()), "template " + id + " repeats the section key " + section.key());
        }
    }

    /**
     * One section: a key used in addresses, its heading, the guidance for it, the lists the checks count and what
     * the guidance asks it to address.
     */
    public record SectionTemplate(String key, String title, List<String> guidance, List<ListRule> lists,
            List<TopicRule> addresses) {

        public SectionTemplate {
            require(key != null && key.matches("[a-z][a-z0-9-]*"), "a section key must be lower-case words joined by hyphens: " + key);
            require(title != null && !title.isBlank(), "section " + key + " needs a title");
            guidance = guidance == null ? List.of() : List.copyOf(guidance);
            lists = lists == null ? List.of() : List.copyOf(lists);
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
        }

        public SectionTemplate(String key, String title, List<String> guidance, List<ListRule> lists) {
            this(key, title, guidance, lists, List.of());
        }
    }

    /**
     * Something the guidance asks a section to address, such as capacity for improvement: the section addresses it
     * when its text says {@code topic} or one of the other {@code wordings} (any case), or names the quality
     * {@code indicator} the topic is informed by ("QI 10", "quality indicator 10").
     */
    public record TopicRule(String code, String topic, List<String> wordings, String indicator) {

        public TopicRule {
            require(code != null && !code.isBlank(), "a topic rule needs a code");
            require(topic != null && !topic.isBlank(), "topic rule " + code + " needs a topic");
            wordings = wordings == null ? List.of() : List.copyOf(wordings);
        }
    }

    /**
     * A list the checks count: the items under a heading of this name, between {@code min} and {@code max} of
     * them, each naming a quality indicator of the cycle's framework if {@code namesIndicator}.
     */
    public record ListRule(String code, String heading, Integer min, Integer max, boolean namesIndicator) {

        public ListRule {
            require(code != null && !code.isBlank(), "a list rule needs a code");
            require(heading != null && !heading.isBlank(), "list rule " + code + " needs a heading");
        }
    }

    public Optional<SectionTemplate> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
