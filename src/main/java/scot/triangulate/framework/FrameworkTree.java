package scot.triangulate.framework;

import java.util.List;

/** A framework nested as people read it: question → key area → quality indicator. */
public record FrameworkTree(String id, String title, String version, String publisher, String source, String scale,
        List<QuestionNode> questions, List<Framework.WellbeingIndicator> wellbeingIndicators,
        List<Framework.MeasureGroup> measureGroups, List<Framework.GuidanceSection> guidance, List<Framework.Note> notes) {

    public record QuestionNode(String code, String title, List<KeyAreaNode> keyAreas) {
    }

    public record KeyAreaNode(String code, String title, String description, List<Framework.Indicator> indicators) {
    }

    public static FrameworkTree of(Framework framework) {
        List<QuestionNode> questions = framework.questions().stream()
                .map(q -> new QuestionNode(q.code(), q.title(), framework.keyAreasOf(q).stream()
                        .map(k -> new KeyAreaNode(k.code(), k.title(), k.description(), framework.indicatorsOf(k)))
                        .toList()))
                .toList();
        return new FrameworkTree(framework.id(), framework.title(), framework.version(), framework.publisher(),
                framework.source(), framework.scale(), questions, framework.wellbeingIndicators(), framework.measureGroups(),
                framework.guidance(), framework.notes());
    }
}
