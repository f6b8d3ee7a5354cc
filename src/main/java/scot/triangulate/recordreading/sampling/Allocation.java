package scot.triangulate.recordreading.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records of each category a sample of a given size takes: proportional allocation by the largest
 * remainder method (Hamilton's method), with at least one record from every category that has any when the target
 * allows it.
 * <ol>
 * <li>A target of the whole population or more takes every record.</li>
 * <li>If the target is at least the number of non-empty categories (k), each takes one record first; the other
 * target − k places are shared in proportion to the records each category has beyond that one: its quota is
 * (target − k) × (records − 1) / (population − k).</li>
 * <li>Otherwise the whole target is shared in proportion to each category's records: quota target × records /
 * population.</li>
 * <li>Each category gets the whole part of its quota; the places left over go one each to the categories with the
 * largest fractional remainders; ties go to the category with more records, then to the one listed first.</li>
 * </ol>
 * No category is given more than it has: a quota is never above the records it shares.
 */
public final class Allocation {

    private Allocation() {
    }

    /** Places per category, in the order the counts are given (a category with no records gets 0). */
    public static <C> Map<C, Integer> of(Map<C, Integer> counts, int target) {
        int population = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<C, Integer> places = new LinkedHashMap<>();
        if (target >= population) {
            counts.forEach(places::put);
            return places;
        }
        long nonEmpty = counts.values().stream().filter(n -> n > 0).count();
        boolean oneEach = target >= nonEmpty;
        int base = oneEach ? 1 : 0;
        long share = target - (oneEach ? nonEmpty : 0);
        long among = population - (oneEach ? nonEmpty : 0);
        List<Remainder<C>> remainders = new ArrayList<>();
        int given = 0;
        int order = 0;
        for (Map.Entry<C, Integer> category : counts.entrySet()) {
            int records = category.getValue();
            if (records == 0) {
                places.put(category.getKey(), 0);
                order++;
                continue;
            }
            long weight = records - base;
            // quota = share × weight / among, kept as a whole part and an exact remainder (numerator over among).
            long numerator = share * weight;
            int whole = among == 0 ? 0 : (int) (numerator / among);
            places.put(category.getKey(), base + whole);
            given += base + whole;
            remainders.add(new Remainder<>(category.getKey(), among == 0 ? 0 : numerator % among, records, order++));
        }
        remainders.sort(Comparator.<Remainder<C>>comparingLong(r -> -r.remainder())
                .thenComparingInt(r -> -r.records()).thenComparingInt(Remainder::order));
        for (int i = 0; given < target && i < remainders.size(); i++, given++) {
            places.merge(remainders.get(i).category(), 1, Integer::sum);
        }
        return places;
    }

    private record Remainder<C>(C category, long remainder, int records, int order) {
    }
}
