package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The rule stated for each kind of period, on the import page and in the reason a period is refused, read from the
 * messages as people see them.
 */
class PeriodGuideTest {

    private static final MonthDay JULY_31 = MonthDay.of(7, 31);
    private static final MonthDay MARCH_31 = MonthDay.of(3, 31);
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages-performance");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    private static String reason(PeriodGuide guide, String text) {
        ImportProblem problem = guide.refusal(3, text);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("period");
        return MESSAGES.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.UK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MONTH | 2026-13 | \"2026-13\" is not a month. A month is written as its year and the month's number, like 2026-03 for March 2026.",
        "MONTH | Octember | \"Octember\" is not a month. A month is written as its year and the month's number, like 2024-03 for March 2024.",
        "QUARTER | 2026 Q5 | \"2026 Q5\" is not a quarter. A quarter is written as its year and Q1 (January to March), Q2 (April to June), Q3 (July to September) or Q4 (October to December), like 2026 Q1 for January to March 2026.",
        "FINANCIAL_YEAR | 2025/27 | \"2025/27\" is not a financial year. A financial year runs from 1 April to 31 March, written like 2025/26 or 2025-26.",
        "CENSUS_DATE | 2026-10-31 | \"2026-10-31\" is not a census date. A census date is 31 July, written like 2026-07-31.",
    })
    void aRefusedPeriodIsAnsweredWithTheRuleAndAnExampleInTheYearMeant(PeriodType type, String text, String expected) {
        PeriodGuide guide = new PeriodGuide(type, type == PeriodType.CENSUS_DATE ? JULY_31 : null);
        assertThat(Period.parse(text, type, guide.censusDate())).as("the text is refused").isEmpty();
        assertThat(reason(guide, text)).isEqualTo(expected);
    }

    @Test
    void aCensusDateOfAnotherDayIsStatedAsThatDay() {
        assertThat(reason(new PeriodGuide(PeriodType.CENSUS_DATE, MARCH_31), "2025-07-31"))
                .isEqualTo("\"2025-07-31\" is not a census date. A census date is 31 March, written like 2025-03-31.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MONTH | Enter the month, written as its year and the month's number, like 2024-03 for March 2024.",
        "QUARTER | Enter the quarter, written as its year and Q1 (January to March), Q2 (April to June), Q3 (July to September) or Q4 (October to December), like 2024 Q1 for January to March 2024.",
        "FINANCIAL_YEAR | Enter the financial year, which runs from 1 April to 31 March, written like 2024/25 or 2024-25.",
        "CENSUS_DATE | Enter the census date, 31 July, written like 2024-07-31.",
    })
    void aMissingPeriodIsAskedForWithTheRule(PeriodType type, String expected) {
        PeriodGuide guide = new PeriodGuide(type, type == PeriodType.CENSUS_DATE ? JULY_31 : null);
        assertThat(reason(guide, " ")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MONTH | Month | A calendar month, written as its year, a hyphen and the month's number. The month's name, or its first three letters, and the year are also read, as in \"March 2024\".",
        "QUARTER | Quarter | Three months: Q1 is January to March, Q2 April to June, Q3 July to September and Q4 October to December. Written as the year, a space and the quarter; \"Q1 2024\" is also read.",
        "FINANCIAL_YEAR | Financial year | 1 April to 31 March, written as the year it starts, a slash and the last two digits of the year it ends; \"2024-25\" is also read.",
        "CENSUS_DATE | Census date (31 July) | 31 July each year, written as the date, year first. The year alone, as in \"2024\", is also read as 31 July that year.",
    })
    void theImportPageStatesEachRule(PeriodType type, String name, String rule) {
        PeriodGuide guide = new PeriodGuide(type, type == PeriodType.CENSUS_DATE ? JULY_31 : null);
        assertThat(MESSAGES.getMessage(guide.nameKey(), guide.arguments(), Locale.UK)).isEqualTo(name);
        assertThat(MESSAGES.getMessage(guide.messageKey(), guide.arguments(), Locale.UK)).isEqualTo(rule);
    }

    /** What the rules say is also read is read: a rule never promises a form the import refuses. */
    @Test
    void everyFormARuleGivesIsRead() {
        for (PeriodType type : PeriodType.values()) {
            PeriodGuide guide = new PeriodGuide(type, type == PeriodType.CENSUS_DATE ? JULY_31 : null);
            Period example = guide.example();
            List<String> forms = switch (type) {
                case MONTH -> List.of(example.label(), example.inWords(), "Mar 2024");
                case QUARTER -> List.of(example.label(), "Q1 2024");
                case FINANCIAL_YEAR -> List.of(example.label(), example.inWords());
                case CENSUS_DATE -> List.of(example.label(), "2024");
            };
            for (String form : forms) {
                assertThat(Period.parse(form, type, guide.censusDate())).as("%s read as %s", form, type).contains(example);
            }
        }
    }

    @Test
    void theGuidesAreOnePerWayOfWritingInTheOrderOfTheTypes() {
        Indicator month = indicator("a", PeriodType.MONTH, null);
        Indicator july = indicator("b", PeriodType.CENSUS_DATE, JULY_31);
        Indicator march = indicator("c", PeriodType.CENSUS_DATE, MARCH_31);
        Indicator anotherMonth = indicator("d", PeriodType.MONTH, null);
        assertThat(PeriodGuide.of(List.of(july, month, march, anotherMonth))).containsExactly(
                new PeriodGuide(PeriodType.MONTH, null), new PeriodGuide(PeriodType.CENSUS_DATE, MARCH_31),
                new PeriodGuide(PeriodType.CENSUS_DATE, JULY_31));
    }

    private static Indicator indicator(String code, PeriodType type, MonthDay census) {
        return new Indicator(code, code, "", "things", null, 1, 0, Polarity.NEITHER, IndicatorCategory.HOW_MUCH, type,
                census, List.of(), "a source", "a-set");
    }
}
