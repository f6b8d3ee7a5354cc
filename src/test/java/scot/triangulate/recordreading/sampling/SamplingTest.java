package scot.triangulate.recordreading.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sampling rule: allocation by largest remainder, worked by hand, and draws reproducible from the seed. */
class SamplingTest {

    private record Rec(String reference, String category) {
    }

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return counts;
    }

    /**
     * The demo return: 48, 36, 14, 30, 42 and 20 records (190), target 31, six non-empty categories. Each takes one
     * (6); the other 25 places are shared over 184 records by weights 47, 35, 13, 29, 41, 19:
     * 25 × 47 / 184 = 6 rem 71/184; 25 × 35 / 184 = 4 rem 139; 25 × 13 / 184 = 1 rem 141; 25 × 29 / 184 = 3 rem 173;
     * 25 × 41 / 184 = 5 rem 105; 25 × 19 / 184 = 2 rem 107. Whole parts 21, so 6 + 21 = 27 placed; the 4 left go to
     * the largest remainders 173 (D), 141 (C), 139 (B), 107 (F). So A 7, B 6, C 3, D 5, E 6, F 4: 31.
     */
    @Test
    void largestRemainderWithOneFromEachCategory() {
        Map<String, Integer> places = Allocation.of(counts("A", 48, "B", 36, "C", 14, "D", 30, "E", 42, "F", 20), 31);
        assertThat(places).containsExactly(Map.entry("A", 7), Map.entry("B", 6), Map.entry("C", 3), Map.entry("D", 5),
                Map.entry("E", 6), Map.entry("F", 4));
    }

    /**
     * A target smaller than the non-empty categories (2 places, 3 categories: 5, 1, 1; D empty): no minimum; quotas
     * 2 × 5 / 7 = 1 rem 3/7, 2 × 1 / 7 = 0 rem 2/7 twice; one place left goes to A's remainder 3.
     */
    @Test
    void aTargetBelowTheCategoriesIsSharedInProportionOnly() {
        assertThat(Allocation.of(counts("A", 5, "B", 1, "C", 1, "D", 0), 2)).containsExactly(Map.entry("A", 2),
                Map.entry("B", 0), Map.entry("C", 0), Map.entry("D", 0));
    }

    /** 3 and 3 records, target 3: one each, then 1 × 2 / 4 = 0 rem 2 for both; the tie goes to the first listed. */
    @Test
    void tiesGoToTheLargerCategoryThenTheFirstListed() {
        assertThat(Allocation.of(counts("A", 3, "B", 3), 3)).containsExactly(Map.entry("A", 2), Map.entry("B", 1));
        // 2 and 4 records, target 4: one each, then 2 × 1 / 4 = 0 rem 2 and 2 × 3 / 4 = 1 rem 2: the tie goes to B,
        // the larger, so A 1, B 3.
        assertThat(Allocation.of(counts("A", 2, "B", 4), 4)).containsExactly(Map.entry("A", 1), Map.entry("B", 3));
    }

    @Test
    void aTargetOfTheWholePopulationTakesEveryRecord() {
        assertThat(Allocation.of(counts("A", 2, "B", 0, "C", 3), 9)).containsExactly(Map.entry("A", 2),
                Map.entry("B", 0), Map.entry("C", 3));
    }

    @Test
    void neverMoreThanACategoryHas() {
        for (int target = 1; target <= 60; target++) {
            Map<String, Integer> counts = counts("A", 1, "B", 2, "C", 50, "D", 7);
            Map<String, Integer> places = Allocation.of(counts, target);
            assertThat(places.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Math.min(target, 60));
            places.forEach((c, n) -> assertThat(n).isLessThanOrEqualTo(counts.get(c)));
            if (target >= 4) {
                places.values().forEach(n -> assertThat(n).isPositive());
            }
        }
    }

    /** Vigna's splitmix64.c from seed 1234567 gives these first three outputs (unsigned). */
    @Test
    void splitMix64GivesThePublishedSequence() {
        SplitMix64 random = new SplitMix64(1234567L);
        assertThat(Long.toUnsignedString(random.nextLong())).isEqualTo("6457827717110365317");
        assertThat(Long.toUnsignedString(random.nextLong())).isEqualTo("3203168211198807973");
        assertThat(Long.toUnsignedString(random.nextLong())).isEqualTo("9817491932198370423");
    }

    @Test
    void theSameReturnAndSeedGiveTheSameSampleWhateverTheOrderOfRows() {
        List<Rec> records = population();
        List<Rec> reversed = new ArrayList<>(records);
        java.util.Collections.reverse(reversed);
        List<Rec> first = draw(records, 42);
        assertThat(draw(reversed, 42)).isEqualTo(first);
        assertThat(draw(records, 43)).isNotEqualTo(first);
        assertThat(first).hasSize(31).doesNotHaveDuplicates();
    }

    @Test
    void everyCategoryIsRepresentedWhenTheTargetAllows() {
        Set<String> categories = draw(population(), 7).stream().map(Rec::category).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F");
        // Even a category of one record among hundreds.
        List<Rec> skewed = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            skewed.add(new Rec(String.format("S-%03d", i), "A"));
        }
        skewed.add(new Rec("T-001", "B"));
        assertThat(StratifiedSample.draw(skewed, Rec::category, Rec::reference, List.of("A", "B"), 2, 1L))
                .extracting(Rec::category).containsExactly("A", "B");
    }

    private static List<Rec> draw(List<Rec> records, long seed) {
        return StratifiedSample.draw(records, Rec::category, Rec::reference, List.of("A", "B", "C", "D", "E", "F"), 31, seed);
    }

    private static List<Rec> population() {
        int[] sizes = {48, 36, 14, 30, 42, 20};
        List<Rec> records = new ArrayList<>();
        int n = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                records.add(new Rec(String.format("CL-2026-%04d", ++n), String.valueOf((char) ('A' + c))));
            }
        }
        return records;
    }
}
