package scot.triangulate.framework;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads framework and scale files (YAML; JSON is YAML too) and checks them. Every problem names the file
 * and the place in it, so a bad file can be mended without guessing.
 */
class FrameworkFileReader {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    EvaluationScale readScale(String file, byte[] content) {
        EvaluationScale scale = parse(file, content, EvaluationScale.class);
        List<String> problems = new ArrayList<>();
        requireId(scale.id(), problems);
        requireText(scale.title(), "title", problems);
        if (scale.levels().isEmpty()) {
            problems.add("levels: a scale needs at least one level");
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < scale.levels().size(); i++) {
            EvaluationScale.Level level = scale.levels().get(i);
            String place = "levels[" + i + "]";
            if (!values.add(level.value())) {
                problems.add(place + ": duplicate value " + level.value());
            }
            requireText(level.name(), place + ".name", problems);
        }
        throwIfAny(file, problems);
        return scale;
    }

    Framework readFramework(String file, byte[] content, Set<String> knownScales) {
        Framework framework = parse(file, content, Framework.class);
        List<String> problems = new ArrayList<>();
        requireId(framework.id(), problems);
        requireText(framework.title(), "title", problems);
        requireText(framework.version(), "version", problems);
        requireText(framework.publisher(), "publisher", problems);
        if (framework.scale() == null || !knownScales.contains(framework.scale())) {
            problems.add("scale: unknown scale '" + framework.scale() + "' (known: "
                    + knownScales.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        if (framework.indicators().isEmpty()) {
            problems.add("indicators: a framework needs at least one quality indicator");
        }

        Set<String> questions = new HashSet<>();
        for (int i = 0; i < framework.questions().size(); i++) {
            Framework.Question question = framework.questions().get(i);
            String place = "questions[" + i + "]";
            requireCode(question.code(), place, questions, "question", problems);
            requireText(question.title(), place + ".title", problems);
        }
        Set<String> keyAreas = new HashSet<>();
        for (int i = 0; i < framework.keyAreas().size(); i++) {
            Framework.KeyArea keyArea = framework.keyAreas().get(i);
            String place = "keyAreas[" + i + "] (code " + keyArea.code() + ")";
            requireCode(keyArea.code(), "keyAreas[" + i + "]", keyAreas, "key area", problems);
            requireText(keyArea.title(), place + ".title", problems);
            if (!questions.contains(keyArea.question())) {
                problems.add(place + ": question '" + keyArea.question() + "' is not one of the framework's questions");
            }
        }
        Set<String> indicators = new HashSet<>();
        for (int i = 0; i < framework.indicators().size(); i++) {
            Framework.Indicator indicator = framework.indicators().get(i);
            String place = "indicators[" + i + "] (code " + indicator.code() + ")";
            requireCode(indicator.code(), "indicators[" + i + "]", indicators, "quality indicator", problems);
            requireText(indicator.title(), place + ".title", problems);
            if (!keyAreas.contains(indicator.keyArea())) {
                problems.add(place + ": key area '" + indicator.keyArea() + "' is not one of the framework's key areas");
            }
        }
        Set<String> wellbeing = new HashSet<>();
        for (int i = 0; i < framework.wellbeingIndicators().size(); i++) {
            Framework.WellbeingIndicator indicator = framework.wellbeingIndicators().get(i);
            requireCode(indicator.code(), "wellbeingIndicators[" + i + "]", wellbeing, "wellbeing indicator", problems);
            requireText(indicator.title(), "wellbeingIndicators[" + i + "].title", problems);
        }
        FrameworkGuidanceCheck.check(framework, problems);
        throwIfAny(file, problems);
        return framework;
    }

    private <T> T parse(String file, byte[] content, Class<T> type) {
        if (content.length == 0) {
            throw new InvalidFrameworkException(file, List.of("the file is empty"));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidFrameworkException(file, List.of("the file is larger than 2 MB"));
        }
        try {
            T value = yaml.readValue(content, type);
            if (value == null) {
                throw new InvalidFrameworkException(file, List.of("the file holds no data"));
            }
            return value;
        } catch (JsonMappingException e) {
            throw new InvalidFrameworkException(file, List.of(place(e) + describe(e)));
        } catch (JsonProcessingException e) {
            throw new InvalidFrameworkException(file, List.of(at(e.getLocation()) + "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidFrameworkException(file, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static String place(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return at(e.getLocation()) + (path.isEmpty() ? "" : path + ": ");
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" at [Source");
        return cut > 0 ? message.substring(0, cut) : message;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }

    private static void requireId(String id, List<String> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("id: '" + id + "' must be 2 to 63 lower-case letters, digits or hyphens");
        }
    }

    private static void requireText(String value, String place, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(place + ": must not be empty");
        }
    }

    private static void requireCode(String code, String place, Set<String> seen, String kind, List<String> problems) {
        if (code == null || code.isBlank()) {
            problems.add(place + ": " + kind + " has no code");
        } else if (!seen.add(code)) {
            problems.add(place + ": duplicate " + kind + " code '" + code + "'");
        }
    }

    private static void throwIfAny(String file, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(file, problems);
        }
    }
}
