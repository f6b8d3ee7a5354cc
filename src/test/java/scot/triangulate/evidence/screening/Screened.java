package scot.triangulate.evidence.screening;

import java.util.List;

/** One shared screen for the rule tests, and short ways to ask what it found. */
final class Screened {

    static final PersonalDataScreen SCREEN = new PersonalDataScreen();

    private Screened() {}

    /** The matched text of every finding of {@code kind}. */
    static List<String> matches(String text, FindingKind kind) {
        return SCREEN.screen(text).stream()
                .filter(f -> f.kind() == kind)
                .map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    static List<FindingKind> kinds(String text) {
        return SCREEN.screen(text).stream().map(Finding::kind).toList();
    }
}
