package scot.triangulate.framework;

import java.util.List;
import java.util.Optional;

/** An evaluation scale such as the six-point scale (Excellent 6 ... Unsatisfactory 1), highest level first. */
public record EvaluationScale(String id, String title, String source, List<Level> levels) {

    public EvaluationScale {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public record Level(int value, String name, String definition) {
    }

    public Optional<Level> level(int value) {
        return levels.stream().filter(l -> l.value() == value).findFirst();
    }
}
