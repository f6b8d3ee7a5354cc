package scot.triangulate.evidence.screening;

/** Calendar validity of a day and month, shared by the CHI and date-of-birth rules. */
final class DayMonth {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private DayMonth() {}

    static boolean isValid(int day, int month, boolean leapYear) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (month == 2 && day == 29) {
            return leapYear;
        }
        return day <= DAYS_IN_MONTH[month - 1];
    }

    static boolean isLeap(int fullYear) {
        return (fullYear % 4 == 0 && fullYear % 100 != 0) || fullYear % 400 == 0;
    }
}
