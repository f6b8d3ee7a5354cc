package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the screen against the labelled snippets in {@code screening/labelled-snippets.tsv} (all
 * fictional). A snippet labelled with kind K is a true positive for K when the screen reports K in it, and a
 * false negative otherwise; every finding of another kind in a snippet, and every finding in a NONE
 * (look-alike) snippet, is a false positive for the kind reported.
 */
class ScreeningAccuracyTest {

    record Snippet(String id, String expected, String text) {}

    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int reported = truePositives + falsePositives;
            return reported == 0 ? 1.0 : (double) truePositives / reported;
        }

        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }
    }

    private static List<Snippet> snippets;
    private static final Map<FindingKind, Tally> tallies = new EnumMap<>(FindingKind.class);
    private static final List<String> mistakes = new ArrayList<>();

    @BeforeAll
    static void measure() throws IOException {
        snippets = load();
        PersonalDataScreen screen = new PersonalDataScreen();
        for (FindingKind kind : FindingKind.values()) {
            tallies.put(kind, new Tally());
        }
        for (Snippet snippet : snippets) {
            List<Finding> findings = screen.screen(snippet.text());
            Set<FindingKind> found = EnumSet.noneOf(FindingKind.class);
            findings.forEach(f -> found.add(f.kind()));
            if (!snippet.expected().equals("NONE")) {
                FindingKind expected = FindingKind.valueOf(snippet.expected());
                if (found.remove(expected)) {
                    tallies.get(expected).truePositives++;
                } else {
                    tallies.get(expected).falseNegatives++;
                    mistakes.add("FN " + expected + " " + snippet.id() + ": " + snippet.text());
                }
            }
            for (FindingKind extra : found) {
                tallies.get(extra).falsePositives++;
                mistakes.add("FP " + extra + " " + snippet.id() + ": " + snippet.text());
            }
        }
        System.out.println(table());
        mistakes.forEach(System.out::println);
    }

    private static List<Snippet> load() throws IOException {
        List<Snippet> rows = new ArrayList<>();
        try (InputStream in = ScreeningAccuracyTest.class.getResourceAsStream("/screening/labelled-snippets.tsv")) {
            assertThat(in).as("labelled snippets on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            assertThat(header).isEqualTo("id\texpected\ttext");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                rows.add(new Snippet(cells[0], cells[1], cells[2]));
            }
        }
        return rows;
    }

    static String table() {
        StringBuilder b = new StringBuilder("\n| kind | snippets | TP | FP | FN | precision | recall |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Tally all = new Tally();
        for (FindingKind kind : FindingKind.values()) {
            Tally t = tallies.get(kind);
            long count = snippets.stream().filter(s -> s.expected().equals(kind.name())).count();
            b.append(String.format("| %s | %d | %d | %d | %d | %.3f | %.3f |%n", kind, count, t.truePositives,
                    t.falsePositives, t.falseNegatives, t.precision(), t.recall()));
            all.truePositives += t.truePositives;
            all.falsePositives += t.falsePositives;
            all.falseNegatives += t.falseNegatives;
        }
        long none = snippets.stream().filter(s -> s.expected().equals("NONE")).count();
        b.append(String.format("| all (micro) | %d (%d NONE) | %d | %d | %d | %.3f | %.3f |%n", snippets.size(), none,
                all.truePositives, all.falsePositives, all.falseNegatives, all.precision(), all.recall()));
        return b.toString();
    }

    @Test
    void theSetIsLargeEnoughAndCoversEveryKind() {
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(240);
        Map<String, Integer> minimum = Map.of("CHI_NUMBER", 20, "NHS_NUMBER", 15, "NATIONAL_INSURANCE_NUMBER", 15,
                "DATE_OF_BIRTH", 15, "POSTCODE", 20, "PHONE_NUMBER", 15, "EMAIL_ADDRESS", 10, "PERSONAL_NAME", 40,
                "STREET_ADDRESS", 15, "NONE", 80);
        minimum.forEach((kind, least) -> assertThat(snippets.stream().filter(s -> s.expected().equals(kind)).count())
                .as("snippets labelled " + kind)
                .isGreaterThanOrEqualTo(least));
    }

    @Test
    void healthAndNationalInsuranceNumbersAreAllFound() {
        assertThat(tallies.get(FindingKind.CHI_NUMBER).recall()).as("CHI recall").isGreaterThanOrEqualTo(0.99);
        assertThat(tallies.get(FindingKind.NHS_NUMBER).recall()).as("NHS recall").isGreaterThanOrEqualTo(0.99);
        assertThat(tallies.get(FindingKind.NATIONAL_INSURANCE_NUMBER).recall())
                .as("National Insurance recall")
                .isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void nineInTenNamesAreFound() {
        assertThat(tallies.get(FindingKind.PERSONAL_NAME).recall()).as("name recall").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void nineInTenFindingsAreRight() {
        Tally all = new Tally();
        tallies.values().forEach(t -> {
            all.truePositives += t.truePositives;
            all.falsePositives += t.falsePositives;
        });
        assertThat(all.precision()).as("micro-averaged precision").isGreaterThanOrEqualTo(0.9);
    }
}
