package scot.triangulate.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * A quality framework as its data file gives it: high-level questions, key areas and quality indicators,
 * each key area under one question and each indicator under one key area; optionally the framework's own
 * guidance on using it, its footnotes, and the three questions its self-evaluation answers for each indicator.
 *
 * @param evaluationQuestions the framework's own words for the three self-evaluation questions, in the order the
 *                            answers are kept (how good now, how we know, what next); {@code null} when the file
 *                            declares none, and the usual three apply
 */
public record Framework(String id, String title, String version, String publisher, String source, String scale,
        List<Question> questions, List<KeyArea> keyAreas, List<Indicator> indicators,
        List<WellbeingIndicator> wellbeingIndicators, List<MeasureGroup> measureGroups,
        List<GuidanceSection> guidance, List<Note> notes, List<String> evaluationQuestions) {

    public Framework {
        questions = List.copyOf(nullToEmpty(questions));
        keyAreas = List.copyOf(nullToEmpty(keyAreas));
        indicators = List.copyOf(nullToEmpty(indicators));
        wellbeingIndicators = List.copyOf(nullToEmpty(wellbeingIndicators));
        measureGroups = List.copyOf(nullToEmpty(measureGroups));
        guidance = List.copyOf(nullToEmpty(guidance));
        notes = List.copyOf(nullToEmpty(notes));
        // Kept as declared: an empty list is a declaration of no questions, which the reader refuses.
        evaluationQuestions = evaluationQuestions == null ? null : List.copyOf(evaluationQuestions);
    }

    /** How many questions a self-evaluation answers for each indicator: the answers are kept in three fields. */
    public static final int EVALUATION_QUESTIONS = 3;

    public record Question(String code, String title) {
    }

    public record KeyArea(String code, String question, String title, String description) {
    }

    /**
     * A quality indicator. The optional leads are the source's own words that introduce a list (for example
     * "The extent to which children and young people ... :"), shown before it.
     */
    public record Indicator(String code, String keyArea, String title, boolean focus, String keyFactorsLead,
            List<String> keyFactors, List<String> demonstrate, List<String> possibleEvidence, String veryGoodLead,
            List<String> veryGoodIllustrations, String weakLead, List<String> weakIllustrations) {

        public Indicator {
            keyFactors = List.copyOf(nullToEmpty(keyFactors));
            demonstrate = List.copyOf(nullToEmpty(demonstrate));
            possibleEvidence = List.copyOf(nullToEmpty(possibleEvidence));
            veryGoodIllustrations = List.copyOf(nullToEmpty(veryGoodIllustrations));
            weakIllustrations = List.copyOf(nullToEmpty(weakIllustrations));
        }

        /** The lists a note's place may name, by their names in the file. */
        public static final List<String> PARTS =
                List.of("keyFactors", "demonstrate", "possibleEvidence", "veryGoodIllustrations", "weakIllustrations");

        /** One of the indicator's lists by its name in the file ({@link #PARTS}). */
        public Optional<List<String>> part(String name) {
            return Optional.ofNullable(switch (name == null ? "" : name) {
                case "keyFactors" -> keyFactors;
                case "demonstrate" -> demonstrate;
                case "possibleEvidence" -> possibleEvidence;
                case "veryGoodIllustrations" -> veryGoodIllustrations;
                case "weakIllustrations" -> weakIllustrations;
                default -> null;
            });
        }
    }

    /** Appendix 1 of the 2018 framework: illustrations for the eight wellbeing indicators. */
    public record WellbeingIndicator(String code, String title, String description,
            List<String> veryGoodIllustrations, List<String> weakIllustrations) {

        public WellbeingIndicator {
            veryGoodIllustrations = List.copyOf(nullToEmpty(veryGoodIllustrations));
            weakIllustrations = List.copyOf(nullToEmpty(weakIllustrations));
        }
    }

    public record MeasureGroup(String heading, List<String> measures) {

        public MeasureGroup {
            measures = List.copyOf(nullToEmpty(measures));
        }
    }

    /**
     * A section of the framework's own guidance (its introduction, how to use it, the self-evaluation process ...):
     * a heading, its paragraphs and lists in order, and the sections under it.
     */
    public record GuidanceSection(String id, String heading, List<Block> content, List<GuidanceSection> sections) {

        public GuidanceSection {
            content = List.copyOf(nullToEmpty(content));
            sections = List.copyOf(nullToEmpty(sections));
        }

        /** The section's own text (its paragraphs, list items and nested items; not its sections'), in order. */
        public List<String> texts() {
            List<String> texts = new java.util.ArrayList<>();
            for (Block block : content) {
                if (block.paragraph() != null) {
                    texts.add(block.paragraph());
                }
                for (ListItem item : block.list()) {
                    texts.add(item.text());
                    texts.addAll(item.items());
                }
            }
            return texts;
        }
    }

    /** A paragraph or a bulleted list: exactly one of the two. */
    public record Block(String paragraph, List<ListItem> list) {

        public Block {
            list = List.copyOf(nullToEmpty(list));
        }
    }

    /** A list item, with the items of a list nested under it if the source has one. */
    public record ListItem(String text, List<String> items) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public ListItem {
            items = List.copyOf(nullToEmpty(items));
        }

        /** A list item written as plain text, as most are. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ListItem of(String text) {
            return new ListItem(text, List.of());
        }
    }

    /** A footnote of the source: its mark, its text, and each place the mark stands. */
    public record Note(String label, String text, List<NotePlace> at) {

        public Note {
            at = List.copyOf(nullToEmpty(at));
        }
    }

    /**
     * Where a note's mark stands: after the first occurrence of the words {@code after} in one part of an indicator
     * (a list such as {@code demonstrate}) or in a section of the guidance. The text itself carries no mark.
     */
    public record NotePlace(String indicator, String part, String guidance, String after) {
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A section of the guidance, at any depth, by its id. */
    public Optional<GuidanceSection> guidanceSection(String id) {
        java.util.ArrayDeque<GuidanceSection> open = new java.util.ArrayDeque<>(guidance);
        while (!open.isEmpty()) {
            GuidanceSection section = open.pop();
            if (section.id() != null && section.id().equals(id)) {
                return Optional.of(section);
            }
            open.addAll(section.sections());
        }
        return Optional.empty();
    }

    public Optional<KeyArea> keyArea(String code) {
        return keyAreas.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public List<KeyArea> keyAreasOf(Question question) {
        return keyAreas.stream().filter(k -> k.question().equals(question.code())).toList();
    }

    public List<Indicator> indicatorsOf(KeyArea keyArea) {
        return indicators.stream().filter(i -> i.keyArea().equals(keyArea.code())).toList();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
