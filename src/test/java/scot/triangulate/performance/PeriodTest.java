package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static final MonthDay JULY_31 = MonthDay.of(7, 31);

    @ParameterizedTest
    @CsvSource({
        "MONTH, 2024-03, 2024-03-01, 2024-03",
        "MONTH, 2024-3, 2024-03-01, 2024-03",
        "MONTH, 2024-03-01, 2024-03-01, 2024-03",
        "MONTH, Mar 2024, 2024-03-01, 2024-03",
        "MONTH, September 2025, 2025-09-01, 2025-09",
        "QUARTER, 2024 Q1, 2024-01-01, 2024 Q1",
        "QUARTER, 2024-Q3, 2024-07-01, 2024 Q3",
        "QUARTER, q4 2023, 2023-10-01, 2023 Q4",
        "FINANCIAL_YEAR, 2023/24, 2023-04-01, 2023/24",
        "FINANCIAL_YEAR, 2023-24, 2023-04-01, 2023/24",
        "FINANCIAL_YEAR, 2099/2100, 2099-04-01, 2099/00",
        "CENSUS_DATE, 2024, 2024-07-31, 2024-07-31",
        "CENSUS_DATE, 2024-07-31, 2024-07-31, 2024-07-31",
    })
    void readsThePeriodsPeopleWrite(PeriodType type, String text, LocalDate start, String label) {
        Period period = Period.parse(text, type, JULY_31).orElseThrow();
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.label()).isEqualTo(label);
        assertThat(Period.parse(period.label(), type, JULY_31)).contains(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "2024-13", "13/2024", "2024-03-15", "Marchember 2024", "1899-12", "2101-01"})
    void refusesWhatIsNotAMonth(String text) {
        assertThat(Period.parse(text, PeriodType.MONTH, null)).isEmpty();
    }

    @Test
    void refusesFinancialYearsThatDoNotFollowOn() {
        assertThat(Period.parse("2023/25", PeriodType.FINANCIAL_YEAR, null)).isEmpty();
        assertThat(Period.parse("2023", PeriodType.FINANCIAL_YEAR, null)).isEmpty();
    }

    @Test
    void aCensusDateMustBeTheCensusDay() {
        assertThat(Period.parse("2024-03-31", PeriodType.CENSUS_DATE, JULY_31)).isEmpty();
        assertThat(Period.parse("2024 Q1", PeriodType.CENSUS_DATE, JULY_31)).isEqualTo(Optional.empty());
    }

    @Test
    void periodsFollowOneAnother() {
        Period december = Period.parse("2024-12", PeriodType.MONTH, null).orElseThrow();
        assertThat(december.next().label()).isEqualTo("2025-01");
        assertThat(Period.parse("2024 Q4", PeriodType.QUARTER, null).orElseThrow().next().label()).isEqualTo("2025 Q1");
    }

    @ParameterizedTest
    @CsvSource({
        "MONTH, 2026-10, October 2026",
        "QUARTER, 2026 Q1, January to March 2026",
        "QUARTER, 2026 Q4, October to December 2026",
        "FINANCIAL_YEAR, 2025/26, 2025-26",
        "FINANCIAL_YEAR, 2099/00, 2099-00",
        "CENSUS_DATE, 2026-07-31, 31 July 2026",
    })
    void periodsAreWrittenInWordsTheScottishGovernmentsWay(PeriodType type, String label, String words) {
        assertThat(Period.parse(label, type, JULY_31).orElseThrow().inWords()).isEqualTo(words);
    }
}
