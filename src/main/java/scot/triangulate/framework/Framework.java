package scot.triangulate.framework;

import java.util.List;
import java.util.Optional;

/**
 * A quality framework as its data file gives it: high-level questions, key areas and quality indicators,
 * each key area under one question and each indicator under one key area.
 */
public record Framework(String id, String title, String version, String publisher, String source, String scale,
        List<Question> questions, List<KeyArea> keyAreas, List<Indicator> indicators,
        List<WellbeingIndicator> wellbeingIndicators, List<MeasureGroup> measureGroups) {

    public Framework {
        questions = List.copyOf(nullToEmpty(questions));
        keyAreas = List.copyOf(nullToEmpty(keyAreas));
        indicators = List.copyOf(nullToEmpty(indicators));
        wellbeingIndicators = List.copyOf(nullToEmpty(wellbeingIndicators));
        measureGroups = List.copyOf(nullToEmpty(measureGroups));
    }

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

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
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
