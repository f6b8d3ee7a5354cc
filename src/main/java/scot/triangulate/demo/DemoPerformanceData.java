package scot.triangulate.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.NewValue;
import scot.triangulate.performance.Period;
import scot.triangulate.performance.PeriodType;

/**
 * Demo mode only: fictional but plausible figures for every partnership, for the Scottish child protection
 * indicators and four outcome measures, so every chart and comparison has data; plus Scotland's real published
 * child protection register totals, first published and revised. Dates are fixed, as if it were November 2026, so
 * the figures are the same on every machine and every start. Each series draws from its own seeded generator.
 */
@Component
@Conditional(DemoMode.class)
class DemoPerformanceData {

    static final String SET = "scotland-children-in-need-of-protection";
    static final List<String> OUTCOME_MEASURES = List.of("neet-16-18", "first-time-entrants", "care-leavers-eet",
            "teenage-pregnancies");
    static final String NATIONAL_FIGURES = "demo/scotland_child_protection_register_national.csv";
    private static final String BY = "demo";
    private static final String REGISTER = "cp-register-count";
    /** Four years of months to October 2026, sixteen quarters to 2026 Q3, ten financial years to 2025/26. */
    private static final Period FIRST_MONTH = new Period(PeriodType.MONTH, LocalDate.of(2022, 11, 1));
    private static final Period FIRST_QUARTER = new Period(PeriodType.QUARTER, LocalDate.of(2022, 10, 1));
    private static final Period FIRST_FINANCIAL_YEAR = new Period(PeriodType.FINANCIAL_YEAR, LocalDate.of(2016, 4, 1));
    /** Clackmannanshire's improvement to its planning meetings' timeliness starts with this month's figure. */
    private static final LocalDate IMPROVEMENT = LocalDate.of(2025, 3, 1);
    /** National totals for years not yet published: invented, at about the level of 2022 and 2023. */
    private static final Map<Integer, Integer> INVENTED_TOTALS = Map.of(2024, 2_146, 2025, 2_078, 2026, 2_171);

    /** One year's national total from the CSV; {@code revised} is null when no later publication changed it. */
    record NationalFigure(int year, String snapshot, int firstPublished, Integer revised) {

        int latest() {
            return revised == null ? firstPublished : revised;
        }
    }

    private final IndicatorValues values;
    private final IndicatorCatalogue indicators;
    private final PartnershipService partnerships;

    DemoPerformanceData(IndicatorValues values, IndicatorCatalogue indicators, PartnershipService partnerships) {
        this.values = values;
        this.indicators = indicators;
        this.partnerships = partnerships;
    }

    /**
     * Stores each partnership's series that holds no figures yet, and Scotland's published figures and revisions not
     * yet recorded, so loading again (or after an interrupted start) adds only what is missing.
     */
    void load() throws IOException {
        List<NationalFigure> national = nationalFigures().stream().filter(f -> f.snapshot().equals("31 July")).toList();
        Map<Integer, Integer> totals = new TreeMap<>(INVENTED_TOTALS);
        national.forEach(f -> totals.put(f.year(), f.latest()));
        List<Partnership> areas = partnerships.all();
        Map<String, Map<Integer, Long>> onRegister = allocate(areas, totals);
        List<Indicator> shown = indicators.all().stream()
                .filter(i -> i.setId().equals(SET) || OUTCOME_MEASURES.contains(i.code())).toList();
        List<NewValue> figures = new ArrayList<>();
        for (Partnership partnership : areas) {
            Map<String, List<IndicatorValue>> held = values.all(partnership.slug());
            for (Indicator indicator : shown) {
                if (held.getOrDefault(indicator.code(), List.of()).isEmpty()) {
                    figures.addAll(series(partnership, indicator, onRegister.get(partnership.slug())));
                }
            }
        }
        if (!figures.isEmpty()) {
            values.importPublished(figures, BY);
        }
        // Scotland's figures as each year's own publication gave them, then the next year's revisions on top, so the
        // history keeps both.
        Indicator register = indicators.get(REGISTER);
        Map<Period, BigDecimal> scotland = new HashMap<>();
        values.series(IndicatorValues.SCOTLAND, REGISTER).forEach(v -> scotland.put(v.period(), v.numerator()));
        List<NewValue> published = national.stream().map(f -> scotland(register, f.year(), f.firstPublished()))
                .filter(v -> !scotland.containsKey(v.period())).toList();
        if (!published.isEmpty()) {
            values.importPublished(published, BY);
        }
        List<NewValue> revised = national.stream().filter(f -> f.revised() != null)
                .map(f -> scotland(register, f.year(), f.revised()))
                .filter(v -> scotland.get(v.period()) == null || scotland.get(v.period()).compareTo(v.numerator()) != 0)
                .toList();
        if (!revised.isEmpty()) {
            values.importPublished(revised, BY);
        }
    }

    static List<NationalFigure> nationalFigures() throws IOException {
        List<NationalFigure> figures = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(NATIONAL_FIGURES).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("year,"))
                    .map(line -> line.split(",", -1))
                    .forEach(cells -> figures.add(new NationalFigure(Integer.parseInt(cells[0].strip()), cells[1].strip(),
                            Integer.parseInt(cells[2].strip()),
                            cells[3].isBlank() ? null : Integer.valueOf(cells[3].strip()))));
        }
        return figures;
    }

    /**
     * Shares each year's national register total among the partnerships in proportion to their children aged 0-15,
     * weighted by need and a little yearly chance, by largest remainder, so the partnerships add up to Scotland's
     * figure exactly.
     */
    static Map<String, Map<Integer, Long>> allocate(List<Partnership> areas, Map<Integer, Integer> totals) {
        Map<String, Random> chance = new HashMap<>();
        areas.forEach(p -> chance.put(p.slug(), random(p, REGISTER)));
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        for (var total : totals.entrySet()) {
            int year = total.getKey();
            Map<String, Double> weights = new HashMap<>();
            for (Partnership p : areas) {
                DemoPopulations.Area area = DemoPopulations.of(p);
                weights.put(p.slug(), area.aged0to15(year) * area.need() * (0.9 + 0.2 * chance.get(p.slug()).nextDouble()));
            }
            double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> shares = new HashMap<>();
            long given = 0;
            for (Partnership p : areas) {
                double share = total.getValue() * weights.get(p.slug()) / sum;
                long whole = (long) Math.floor(share);
                counts.computeIfAbsent(p.slug(), s -> new TreeMap<>()).put(year, whole);
                shares.put(p.slug(), share - whole);
                given += whole;
            }
            List<String> byRemainder = areas.stream().map(Partnership::slug)
                    .sorted(Comparator.comparing((String s) -> shares.get(s)).reversed().thenComparing(s -> s)).toList();
            for (int i = 0; i < total.getValue() - given; i++) {
                counts.get(byRemainder.get(i)).merge(year, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** One indicator's figures for one partnership; {@code onRegister} is its allocated register count by year. */
    static List<NewValue> series(Partnership partnership, Indicator indicator, Map<Integer, Long> onRegister) {
        Random random = random(partnership, indicator.code());
        DemoPopulations.Area area = DemoPopulations.of(partnership);
        double need = area.need();
        // Where the partnership sits in the indicator's plausible range, kept for the whole series: no deliberate shifts.
        double level = random.nextDouble();
        boolean clackmannanshire = partnership.slug().equals(DemoEvidence.PARTNERSHIP);
        double irds = area.aged0to15(2024) * 0.0017 * need;
        List<NewValue> figures = new ArrayList<>();
        List<Period> periods = periods(indicator);
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            int year = period.start().getYear();
            long[] figure = switch (indicator.code()) {
                case REGISTER -> new long[] {onRegister.get(year)};
                case "cp-register-rate" -> new long[] {onRegister.get(year), area.aged0to15(year)};
                case "looked-after-rate" -> attribute(area.aged0to17(year),
                        d -> poisson(random, d * (0.0062 + 0.0037 * partnership.peopleFamilyGroup() + 0.003 * level)));
                case "cp-re-registrations" -> proportion(random,
                        Math.max(8, area.aged0to15(year) * 0.0015 * need), 0.10 + 0.10 * level);
                case "care-leavers-positive-destination" -> proportion(random,
                        within(area.aged0to17(year) / 2000.0, 10, 60), 0.60 + 0.25 * level);
                case "ird-count" -> new long[] {poisson(random, irds)};
                case "ird-to-planning-meeting" -> proportion(random, within(irds * 0.5, 3, 40), clackmannanshire
                        ? (period.start().isBefore(IMPROVEMENT) ? 0.70 : 0.90) : 0.75 + 0.15 * level);
                case "child-plans-reviewed" -> clackmannanshire && i >= periods.size() - 7
                        ? falling(random, area, figures, periods.size() - 1 - i)
                        : proportion(random, area.aged0to15(year) * 0.0025 * need, clackmannanshire ? 0.93 : 0.80 + 0.15 * level);
                case "neet-16-18" -> attribute(Math.round(area.aged0to17(year) * 0.165),
                        d -> binomial(random, d, 0.012 + 0.008 * need + 0.01 * level));
                case "first-time-entrants" -> attribute(Math.round(area.aged0to17(year) * 0.44),
                        d -> binomial(random, d, 0.0015 + 0.001 * need + 0.001 * level));
                case "care-leavers-eet" -> proportion(random,
                        within(area.aged0to17(year) / 2500.0, 8, 50), 0.45 + 0.2 * level);
                case "teenage-pregnancies" -> new long[] {poisson(random, area.aged0to17(year) * 0.0012 * need)};
                default -> null;
            };
            if (figure == null) {
                // An indicator added to the set later has no plausible level written here yet; it is left empty.
                return List.of();
            }
            figures.add(value(indicator, partnership.slug(), period, figure));
        }
        return figures;
    }

    /**
     * Clackmannanshire's reviews of child's plans slipping from about 93% to 75% over the last seven quarters, each
     * quarter worse than the one before, so the chart shows the fall as a trend as well as a run below the centre.
     */
    private static long[] falling(Random random, DemoPopulations.Area area, List<NewValue> before, int quartersLeft) {
        long children = Math.max(20, poisson(random, area.aged0to15(2025) * 0.0025 * area.need()));
        long reviewed = Math.round(children * (0.75 + 0.03 * quartersLeft));
        BigDecimal previous = before.get(before.size() - 1).value();
        while (reviewed > 0 && BigDecimal.valueOf(reviewed * 100.0 / children).compareTo(previous) >= 0) {
            reviewed--;
        }
        return new long[] {reviewed, children};
    }

    static List<Period> periods(Indicator indicator) {
        // The register count goes back to 2011, the first 31 July census, so it can be added up against every
        // national figure; other census measures cover the last eleven years.
        int from = indicator.code().equals(REGISTER) ? 2011 : 2016;
        Period first = switch (indicator.periodType()) {
            case MONTH -> FIRST_MONTH;
            case QUARTER -> FIRST_QUARTER;
            case FINANCIAL_YEAR -> FIRST_FINANCIAL_YEAR;
            case CENSUS_DATE -> new Period(PeriodType.CENSUS_DATE, indicator.censusDate().atYear(from));
        };
        int count = switch (indicator.periodType()) {
            case MONTH -> 48;
            case QUARTER -> 16;
            case FINANCIAL_YEAR -> 10;
            case CENSUS_DATE -> 2026 - from + 1;
        };
        List<Period> periods = new ArrayList<>(count);
        for (Period p = first; periods.size() < count; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private static NewValue scotland(Indicator register, int year, int count) {
        MonthDay census = register.censusDate();
        return value(register, IndicatorValues.SCOTLAND, new Period(PeriodType.CENSUS_DATE, census.atYear(year)),
                new long[] {count});
    }

    private static NewValue value(Indicator indicator, String partnership, Period period, long[] figure) {
        BigDecimal numerator = BigDecimal.valueOf(figure[0]);
        BigDecimal denominator = figure.length > 1 ? BigDecimal.valueOf(figure[1]) : null;
        return new NewValue(partnership, indicator.code(), period, numerator, denominator,
                indicator.value(numerator, denominator));
    }

    /** A count out of a denominator known in advance, such as a population. */
    private static long[] attribute(long denominator, LongUnaryOperator numerator) {
        return new long[] {numerator.applyAsLong(denominator), denominator};
    }

    /** A part of a whole whose size varies too: a Poisson number of cases (at least one), each a success with p. */
    private static long[] proportion(Random random, double meanCases, double p) {
        long cases = Math.max(1, poisson(random, meanCases));
        return new long[] {binomial(random, cases, p), cases};
    }

    private static double within(double value, double low, double high) {
        return Math.min(high, Math.max(low, value));
    }

    /** Seeded from names whose hash codes the Java language fixes, so every run draws the same figures. */
    private static Random random(Partnership partnership, String code) {
        return new Random(31L * partnership.slug().hashCode() + code.hashCode());
    }

    /** Knuth's method for small means; above 30 the normal approximation is close and needs no long loop. */
    static long poisson(Random random, double mean) {
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Counted trial by trial for small numbers; the normal approximation for large ones such as a population. */
    static long binomial(Random random, long n, double p) {
        if (n > 200) {
            double sd = Math.sqrt(n * p * (1 - p));
            return Math.min(n, Math.max(0, Math.round(n * p + sd * random.nextGaussian())));
        }
        long k = 0;
        for (long i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
