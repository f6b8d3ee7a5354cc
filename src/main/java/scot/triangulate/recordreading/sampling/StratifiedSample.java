package scot.triangulate.recordreading.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stratified random sample: {@link Allocation} says how many records each category takes, then each category's
 * records, in order of reference (so the order of the rows in the return does not matter), are drawn at random
 * without replacement by a partial Fisher-Yates shuffle driven by {@link SplitMix64} from the seed. Categories are
 * drawn in the order given, from one generator. The same records and seed always give the same sample.
 */
public final class StratifiedSample {

    private StratifiedSample() {
    }

    /**
     * The records chosen, category by category in the order of {@code categories}, and within a category in the
     * order drawn.
     */
    public static <R, C> List<R> draw(List<R> records, Function<R, C> categoryOf, Function<R, String> referenceOf,
            List<C> categories, int target, long seed) {
        Map<C, List<R>> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c, new ArrayList<>()));
        for (R record : records) {
            List<R> stratum = byCategory.get(categoryOf.apply(record));
            if (stratum == null) {
                throw new IllegalArgumentException("A record's category is not among those given");
            }
            stratum.add(record);
        }
        Map<C, Integer> counts = new LinkedHashMap<>();
        byCategory.forEach((c, list) -> {
            list.sort((a, b) -> referenceOf.apply(a).compareTo(referenceOf.apply(b)));
            counts.put(c, list.size());
        });
        Map<C, Integer> places = Allocation.of(counts, target);
        SplitMix64 random = new SplitMix64(seed);
        List<R> chosen = new ArrayList<>();
        for (Map.Entry<C, List<R>> stratum : byCategory.entrySet()) {
            List<R> pool = new ArrayList<>(stratum.getValue());
            int take = places.get(stratum.getKey());
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(pool.size() - i);
                R picked = pool.get(j);
                pool.set(j, pool.get(i));
                pool.set(i, picked);
                chosen.add(picked);
            }
        }
        return chosen;
    }
}
