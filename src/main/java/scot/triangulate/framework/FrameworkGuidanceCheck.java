package scot.triangulate.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the optional parts of a framework file that are not its structure: the guidance, its notes and where
 * each note's mark stands, and the evaluation questions. Each problem names its place in the file, as
 * {@link FrameworkFileReader} does for the rest.
 */
final class FrameworkGuidanceCheck {

    private static final Pattern SECTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern NOTE_LABEL = Pattern.compile("[A-Za-z0-9]{1,8}");

    private FrameworkGuidanceCheck() {
    }

    static void check(Framework framework, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < framework.guidance().size(); i++) {
            section(framework.guidance().get(i), "guidance[" + i + "]", true, ids, problems);
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < framework.notes().size(); i++) {
            note(framework, framework.notes().get(i), "notes[" + i + "]", labels, problems);
        }
        List<String> questions = framework.evaluationQuestions();
        if (questions != null) {
            if (questions.size() != Framework.EVALUATION_QUESTIONS) {
                problems.add("evaluationQuestions: there must be exactly " + Framework.EVALUATION_QUESTIONS
                        + " (how good are we now, how do we know, what next: a self-evaluation keeps three answers"
                        + " for each indicator); the file gives " + questions.size());
            }
            for (int i = 0; i < questions.size(); i++) {
                requireText(questions.get(i), "evaluationQuestions[" + i + "]", problems);
            }
        }
    }

    private static void section(Framework.GuidanceSection section, String place, boolean topLevel, Set<String> ids,
            List<String> problems) {
        if (section.id() == null || !SECTION_ID.matcher(section.id()).matches()) {
            problems.add(place + ".id: '" + section.id() + "' must be 1 to 63 lower-case letters, digits or hyphens");
        } else if (!ids.add(section.id())) {
            problems.add(place + ".id: duplicate guidance section id '" + section.id() + "'");
        }
        requireText(section.heading(), place + ".heading", problems);
        if (section.content().isEmpty() && section.sections().isEmpty()) {
            problems.add(place + ": a guidance section needs content or sections");
        }
        if (!topLevel && !section.sections().isEmpty()) {
            problems.add(place + ".sections: guidance sections go two levels deep at most");
        }
        for (int b = 0; b < section.content().size(); b++) {
            block(section.content().get(b), place + ".content[" + b + "]", problems);
        }
        for (int s = 0; s < section.sections().size(); s++) {
            section(section.sections().get(s), place + ".sections[" + s + "]", false, ids, problems);
        }
    }

    private static void block(Framework.Block block, String place, List<String> problems) {
        boolean paragraph = block.paragraph() != null;
        if (paragraph == !block.list().isEmpty()) {
            problems.add(place + ": give either a paragraph or a list");
            return;
        }
        if (paragraph) {
            requireText(block.paragraph(), place + ".paragraph", problems);
        }
        for (int i = 0; i < block.list().size(); i++) {
            Framework.ListItem item = block.list().get(i);
            String itemPlace = place + ".list[" + i + "]";
            requireText(item.text(), itemPlace + ".text", problems);
            for (int n = 0; n < item.items().size(); n++) {
                requireText(item.items().get(n), itemPlace + ".items[" + n + "]", problems);
            }
        }
    }

    private static void note(Framework framework, Framework.Note note, String place, Set<String> labels, List<String> problems) {
        if (note.label() == null || !NOTE_LABEL.matcher(note.label()).matches()) {
            problems.add(place + ".label: '" + note.label() + "' must be 1 to 8 letters or digits");
        } else if (!labels.add(note.label())) {
            problems.add(place + ".label: duplicate note label '" + note.label() + "'");
        }
        requireText(note.text(), place + ".text", problems);
        if (note.at().isEmpty()) {
            problems.add(place + ".at: a note needs at least one place where its mark stands");
        }
        for (int i = 0; i < note.at().size(); i++) {
            notePlace(framework, note.at().get(i), place + ".at[" + i + "]", problems);
        }
    }

    private static void notePlace(Framework framework, Framework.NotePlace at, String place, List<String> problems) {
        if ((at.indicator() == null) == (at.guidance() == null)) {
            problems.add(place + ": name either an indicator (with its part) or a guidance section");
            return;
        }
        if (at.after() == null || at.after().isBlank()) {
            problems.add(place + ".after: must not be empty (the words the mark follows)");
            return;
        }
        Optional<List<String>> texts;
        String where;
        if (at.indicator() != null) {
            Optional<Framework.Indicator> indicator = framework.indicator(at.indicator());
            if (indicator.isEmpty()) {
                problems.add(place + ".indicator: '" + at.indicator() + "' is not one of the framework's quality indicators");
                return;
            }
            texts = indicator.get().part(at.part());
            if (texts.isEmpty()) {
                problems.add(place + ".part: '" + at.part() + "' is not one of " + String.join(", ", Framework.Indicator.PARTS));
                return;
            }
            where = "the " + at.part() + " of quality indicator " + at.indicator();
        } else {
            texts = framework.guidanceSection(at.guidance()).map(Framework.GuidanceSection::texts);
            if (texts.isEmpty()) {
                problems.add(place + ".guidance: '" + at.guidance() + "' is not the id of a guidance section");
                return;
            }
            where = "guidance section '" + at.guidance() + "'";
        }
        if (texts.get().stream().noneMatch(text -> text != null && text.contains(at.after()))) {
            problems.add(place + ".after: '" + at.after() + "' does not occur in " + where);
        }
    }

    private static void requireText(String value, String place, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(place + ": must not be empty");
        }
    }
}
