package scot.triangulate.performance;

/** How an indicator's periods run. A census date (such as 31 July) is one day a year. */
public enum PeriodType {
    MONTH,
    QUARTER,
    FINANCIAL_YEAR,
    CENSUS_DATE;

    public String messageKey() {
        return "periodType." + name();
    }
}
