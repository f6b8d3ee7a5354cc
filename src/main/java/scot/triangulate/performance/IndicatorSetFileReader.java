package scot.triangulate.performance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an indicator set file (YAML) and checks every definition, naming the file and place of each problem. */
class IndicatorSetFileReader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Set<Integer> FACTORS = Set.of(1, 100, 1000, 10000);
    /** Units an average can be in; percentages, rates and counts take theirs from the factor. */
    private static final Set<String> UNITS = Set.of("days");
    private static final DateTimeFormatter CENSUS = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record SetFile(String id, String title, String source, List<Entry> indicators) {
    }

    record Entry(String code, String name, String description, String numerator, String denominator, Integer factor,
            Integer decimals, Polarity polarity, IndicatorCategory category, PeriodType periodType, String censusDate,
            List<String> qualityIndicators, String source, String unit) {
    }

    /** The set's indicators, checked; linked quality indicators are checked against the framework later. */
    List<Indicator> read(String file, byte[] content) {
        return readSet(file, content).indicators();
    }

    /** The set with its title and its indicators, checked as {@link #read} does. */
    IndicatorSet readSet(String file, byte[] content) {
        SetFile set;
        try {
            set = yaml.readValue(content, SetFile.class);
        } catch (JsonMappingException e) {
            throw new InvalidIndicatorSetException(file, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidIndicatorSetException(file, List.of("not valid YAML: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (set == null || set.id() == null || !CODE.matcher(set.id()).matches()) {
            throw new InvalidIndicatorSetException(file, List.of("id: must be 2 to 63 lower-case letters, digits or hyphens"));
        }
        require(set.title(), "title", problems);
        List<Indicator> indicators = new ArrayList<>();
        List<Entry> entries = set.indicators() == null ? List.of() : set.indicators();
        if (entries.isEmpty()) {
            problems.add("indicators: a set needs at least one indicator");
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String place = "indicators[" + i + "]";
            if (e.code() == null || !CODE.matcher(e.code()).matches()) {
                problems.add(place + ".code: '" + e.code() + "' must be 2 to 63 lower-case letters, digits or hyphens");
            }
            require(e.name(), place + ".name", problems);
            require(e.numerator(), place + ".numerator", problems);
            require(e.source(), place + ".source", problems);
            if (e.factor() == null || !FACTORS.contains(e.factor())) {
                problems.add(place + ".factor: must be 1, 100, 1000 or 10000");
            }
            if (e.decimals() == null || e.decimals() < 0 || e.decimals() > 4) {
                problems.add(place + ".decimals: must be 0 to 4");
            }
            if (e.factor() != null && e.factor() != 1 && (e.denominator() == null || e.denominator().isBlank())) {
                problems.add(place + ".denominator: a percentage or rate needs a denominator");
            }
            if (e.polarity() == null || e.category() == null || e.periodType() == null) {
                problems.add(place + ": polarity, category and periodType are all needed");
            }
            if (e.unit() != null && (!UNITS.contains(e.unit()) || e.factor() == null || e.factor() != 1
                    || e.denominator() == null || e.denominator().isBlank())) {
                problems.add(place + ".unit: an average's unit must be one of " + UNITS + ", with factor 1 and a denominator");
            }
            MonthDay census = censusDate(e, place, problems);
            List<String> qis = e.qualityIndicators() == null ? List.of() : e.qualityIndicators();
            if (problems.isEmpty()) {
                indicators.add(new Indicator(e.code(), e.name(), e.description() == null ? "" : e.description().strip(),
                        e.numerator(), e.denominator(), e.factor(), e.decimals(), e.polarity(), e.category(),
                        e.periodType(), census, List.copyOf(qis), e.source(), set.id(), e.unit()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIndicatorSetException(file, problems);
        }
        return new IndicatorSet(set.id(), set.title().strip(), indicators);
    }

    private static MonthDay censusDate(Entry e, String place, List<String> problems) {
        if (e.periodType() != PeriodType.CENSUS_DATE) {
            if (e.censusDate() != null) {
                problems.add(place + ".censusDate: only a CENSUS_DATE indicator has a census date");
            }
            return null;
        }
        try {
            return MonthDay.parse(e.censusDate() == null ? "" : e.censusDate().strip(), CENSUS);
        } catch (DateTimeParseException ex) {
            problems.add(place + ".censusDate: must be a day and month such as '31 July'");
            return null;
        }
    }

    private static void require(String value, String place, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(place + ": must not be empty");
        }
    }
}
