package scot.triangulate.framework;

import java.util.ArrayList;
import java.util.List;

/** Splits a framework into the passages that full-text search indexes, each tagged with where it sits. */
final class FrameworkPassages {

    private FrameworkPassages() {
    }

    static List<FrameworkRepository.Passage> of(Framework framework) {
        List<FrameworkRepository.Passage> passages = new ArrayList<>();
        String id = framework.id();
        for (Framework.KeyArea keyArea : framework.keyAreas()) {
            add(passages, id, null, keyArea.code(), "keyAreaTitle", List.of(keyArea.title()));
            if (keyArea.description() != null && !keyArea.description().isBlank()) {
                add(passages, id, null, keyArea.code(), "keyAreaDescription", List.of(keyArea.description()));
            }
        }
        for (Framework.Indicator indicator : framework.indicators()) {
            String code = indicator.code();
            add(passages, id, code, indicator.keyArea(), "title", List.of(indicator.title()));
            add(passages, id, code, indicator.keyArea(), "keyFactors", indicator.keyFactors());
            add(passages, id, code, indicator.keyArea(), "demonstrate", indicator.demonstrate());
            add(passages, id, code, indicator.keyArea(), "possibleEvidence", indicator.possibleEvidence());
            add(passages, id, code, indicator.keyArea(), "veryGoodIllustrations", indicator.veryGoodIllustrations());
            add(passages, id, code, indicator.keyArea(), "weakIllustrations", indicator.weakIllustrations());
        }
        for (Framework.WellbeingIndicator wellbeing : framework.wellbeingIndicators()) {
            add(passages, id, wellbeing.code(), null, "veryGoodIllustrations", wellbeing.veryGoodIllustrations());
            add(passages, id, wellbeing.code(), null, "weakIllustrations", wellbeing.weakIllustrations());
        }
        for (Framework.MeasureGroup group : framework.measureGroups()) {
            add(passages, id, null, null, "measures", group.measures());
        }
        return passages;
    }

    private static void add(List<FrameworkRepository.Passage> passages, String frameworkId, String indicatorCode,
            String keyAreaCode, String part, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            passages.add(new FrameworkRepository.Passage(frameworkId, indicatorCode, keyAreaCode, part, i, texts.get(i)));
        }
    }
}
