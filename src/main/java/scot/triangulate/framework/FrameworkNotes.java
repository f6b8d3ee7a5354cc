package scot.triangulate.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a framework's notes stand in its text, for pages that show the marks. A note's place names the words its
 * mark follows; the mark stands after their first occurrence in the first text of that place that holds them, so
 * the framework's text itself carries no marks.
 */
public final class FrameworkNotes {

    private final Framework framework;

    public FrameworkNotes(Framework framework) {
        this.framework = framework;
    }

    /** A text with the marks of the notes standing in it, cut into the runs of text each mark follows. */
    public record NotedText(List<Segment> segments) {

        public NotedText {
            segments = List.copyOf(segments);
        }

        /** A run of text and the note whose mark follows it, or none. */
        public record Segment(String text, Framework.Note note) {
        }
    }

    /** One text of an indicator's part ({@link Framework.Indicator#PARTS}), with its marks. */
    public NotedText indicatorText(String code, String part, String text) {
        List<String> texts = framework.indicator(code).flatMap(i -> i.part(part)).orElse(List.of());
        return marked(text, texts, place -> code.equals(place.indicator()) && part.equals(place.part()));
    }

    /** One text of a guidance section, with its marks. */
    public NotedText guidanceText(String sectionId, String text) {
        List<String> texts = framework.guidanceSection(sectionId).map(Framework.GuidanceSection::texts).orElse(List.of());
        return marked(text, texts, place -> sectionId.equals(place.guidance()));
    }

    /** The notes whose marks stand on an indicator's page, in the order the file gives them. */
    public List<Framework.Note> onIndicator(String code) {
        return framework.notes().stream().filter(n -> n.at().stream().anyMatch(p -> code.equals(p.indicator()))).toList();
    }

    /** The notes whose marks stand in the guidance, in the order the file gives them. */
    public List<Framework.Note> inGuidance() {
        return framework.notes().stream().filter(n -> n.at().stream().anyMatch(p -> p.guidance() != null)).toList();
    }

    private NotedText marked(String text, List<String> placeTexts, java.util.function.Predicate<Framework.NotePlace> here) {
        record Mark(int end, int order, Framework.Note note) {
        }
        if (text == null) {
            return new NotedText(List.of());
        }
        List<Mark> marks = new ArrayList<>();
        List<Framework.Note> notes = framework.notes();
        for (int n = 0; n < notes.size(); n++) {
            for (Framework.NotePlace place : notes.get(n).at()) {
                if (!here.test(place) || place.after() == null) {
                    continue;
                }
                String first = placeTexts.stream().filter(t -> t != null && t.contains(place.after())).findFirst().orElse(null);
                if (Objects.equals(first, text)) {
                    marks.add(new Mark(text.indexOf(place.after()) + place.after().length(), n, notes.get(n)));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::end).thenComparingInt(Mark::order));
        List<NotedText.Segment> segments = new ArrayList<>();
        int from = 0;
        for (Mark mark : marks) {
            segments.add(new NotedText.Segment(text.substring(from, mark.end()), mark.note()));
            from = mark.end();
        }
        if (from < text.length() || segments.isEmpty()) {
            segments.add(new NotedText.Segment(text.substring(from), null));
        }
        return new NotedText(segments);
    }
}
