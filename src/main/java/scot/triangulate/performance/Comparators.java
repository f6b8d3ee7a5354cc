package scot.triangulate.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;

/**
 * What a partnership's figures are compared with: Scotland (its published figure where imported, otherwise the
 * pooled figure of all partnerships), its LGBF family group (pooled), partnerships it chooses, and the top-quartile
 * threshold across partnerships for each period, respecting polarity. A pooled figure is total numerator over total
 * denominator. For a plain count Scotland's figure is Scotland's total (the sum of every partnership's count where
 * Scotland's own is not imported), and the family group's, which is compared with one area, the average per
 * partnership.
 */
@Service
public class Comparators {

    public static final int MAX_CHOSEN = 8;

    private final IndicatorValues values;
    private final PartnershipService partnerships;
    private final JdbcClient jdbc;

    Comparators(IndicatorValues values, PartnershipService partnerships, JdbcClient jdbc) {
        this.values = values;
        this.partnerships = partnerships;
        this.jdbc = jdbc;
    }

    /** The comparator lines over the partnership's own periods, Scotland first. */
    public List<ComparatorLine> lines(Indicator indicator, String partnership, List<Period> periods) {
        Map<Period, List<IndicatorValue>> byPeriod = values.comparable(indicator.code(), partnership).stream()
                .collect(Collectors.groupingBy(IndicatorValue::period));
        Set<String> family = familyOf(partnership);
        List<Partnership> chosen = chosen(partnership);
        List<Double> scotland = new ArrayList<>();
        List<Double> familyGroup = new ArrayList<>();
        List<Double> topQuartile = new ArrayList<>();
        Map<String, List<Double>> chosenLines = new HashMap<>();
        for (Period period : periods) {
            List<IndicatorValue> all = byPeriod.getOrDefault(period, List.of());
            Figures at = at(indicator, all, family, partnership);
            scotland.add(at.scotland());
            familyGroup.add(at.familyGroup());
            topQuartile.add(at.topQuartile());
            for (Partnership p : chosen) {
                chosenLines.computeIfAbsent(p.slug(), s -> new ArrayList<>()).add(all.stream()
                        .filter(v -> v.partnership().equals(p.slug())).findFirst()
                        .map(v -> v.value().doubleValue()).orElse(null));
            }
        }
        List<ComparatorLine> lines = new ArrayList<>();
        lines.add(new ComparatorLine(ComparatorLine.Kind.SCOTLAND, null, scotland));
        lines.add(new ComparatorLine(ComparatorLine.Kind.FAMILY_GROUP, null, familyGroup));
        if (indicator.polarity() != Polarity.NEITHER) {
            lines.add(new ComparatorLine(ComparatorLine.Kind.TOP_QUARTILE, null, topQuartile));
        }
        for (Partnership p : chosen) {
            lines.add(new ComparatorLine(ComparatorLine.Kind.CHOSEN, p.name(), chosenLines.get(p.slug())));
        }
        return lines;
    }

    /** The comparators' figures for one period: Scotland, the family group and the top-quartile threshold. */
    public record Figures(Double scotland, Double familyGroup, Double topQuartile) {
    }

    /**
     * The comparators for the latest period of each of a partnership's indicators, from one query: what a
     * dashboard needs without drawing every comparator line.
     */
    public Map<String, Figures> latest(String partnership, Map<Indicator, Period> latestPeriods) {
        Set<String> family = familyOf(partnership);
        Map<String, List<IndicatorValue>> byCode = values.comparableAt(latestPeriods, partnership).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorCode));
        Map<String, Figures> figures = new HashMap<>();
        latestPeriods.keySet().forEach(i -> figures.put(i.code(), at(i, byCode.getOrDefault(i.code(), List.of()), family, partnership)));
        return figures;
    }

    private Set<String> familyOf(String partnership) {
        return partnerships.peopleFamilyGroup(partnerships.get(partnership)).stream().map(Partnership::slug)
                .collect(Collectors.toSet());
    }

    /**
     * Scotland's own figure where published, else pooled (for a count, the total of every partnership); the family
     * group pooled; the top-quartile threshold. A pooled figure needs another partnership's figure beside the
     * partnership's own ({@code self}): with none, there is no comparator (null), never our own figure under
     * another name.
     */
    static Figures at(Indicator indicator, List<IndicatorValue> all, Set<String> family, String self) {
        List<IndicatorValue> areas = all.stream().filter(v -> !v.partnership().equals(IndicatorValues.SCOTLAND)).toList();
        boolean othersInScotland = areas.stream().anyMatch(v -> !v.partnership().equals(self));
        Double scotland = all.stream().filter(v -> v.partnership().equals(IndicatorValues.SCOTLAND)).findFirst()
                .map(v -> v.value().doubleValue())
                .orElseGet(() -> !othersInScotland ? null : indicator.hasDenominator() ? pooled(indicator, areas) : total(areas));
        List<IndicatorValue> inFamily = areas.stream().filter(v -> family.contains(v.partnership())).toList();
        Double familyGroup = inFamily.stream().noneMatch(v -> !v.partnership().equals(self)) ? null : pooled(indicator, inFamily);
        double[] figures = areas.stream().mapToDouble(v -> v.value().doubleValue()).toArray();
        Double topQuartile = figures.length < 4 ? null : Quartiles.topQuartileThreshold(figures, indicator.polarity());
        return new Figures(scotland, familyGroup, topQuartile);
    }

    /** The sum of the areas' counts: a count for Scotland is Scotland's total, not an area's average. */
    static Double total(List<IndicatorValue> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        return areas.stream().map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    /** Total numerator over total denominator of the areas with both; for a count, the average per area. */
    static Double pooled(Indicator indicator, List<IndicatorValue> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        if (!indicator.hasDenominator()) {
            return areas.stream().mapToDouble(v -> v.value().doubleValue()).average().orElseThrow();
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (IndicatorValue v : areas) {
            if (v.numerator() != null && v.denominator() != null) {
                numerator = numerator.add(v.numerator());
                denominator = denominator.add(v.denominator());
            }
        }
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(indicator.factor())).divide(denominator, MathContext.DECIMAL64)
                .doubleValue();
    }

    /** The partnerships a partnership has chosen to compare itself with, by name. */
    public List<Partnership> chosen(String partnership) {
        List<String> slugs = jdbc.sql("select compared_with from comparator_choice where partnership = ? order by compared_with")
                .param(partnership).query(String.class).list();
        return slugs.stream().map(partnerships::find).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Partnership::name)).toList();
    }

    /** Replaces the chosen comparators; unknown partnerships, the partnership itself, or too many are refused. */
    @org.springframework.transaction.annotation.Transactional
    public void choose(String partnership, List<String> slugs) {
        List<String> distinct = slugs == null ? List.of() : slugs.stream().distinct().toList();
        if (distinct.size() > MAX_CHOSEN) {
            throw new scot.triangulate.shared.InputRejectedException("comparators", "comparators.tooMany", MAX_CHOSEN);
        }
        for (String slug : distinct) {
            if (slug.equals(partnership) || partnerships.find(slug).isEmpty()) {
                throw new scot.triangulate.shared.InputRejectedException("comparators", "comparators.unknown", slug);
            }
        }
        jdbc.sql("delete from comparator_choice where partnership = ?").param(partnership).update();
        for (String slug : distinct) {
            jdbc.sql("insert into comparator_choice (partnership, compared_with) values (?, ?)")
                    .params(partnership, slug).update();
        }
    }
}
