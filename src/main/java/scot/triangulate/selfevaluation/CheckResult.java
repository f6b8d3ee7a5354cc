package scot.triangulate.selfevaluation;

import java.util.List;

/** A consistency rule an evaluation breaks: the rule's name and reason as message keys, with the numbers. */
public record CheckResult(String rule, String nameKey, String reasonKey, List<Object> arguments) {
}
