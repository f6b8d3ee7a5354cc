package scot.triangulate.evidence.screening;

/**
 * Scottish Community Health Index (CHI) number: ten digits, the first six the holder's date of birth as
 * DDMMYY, the tenth a check digit by modulus 11 or, for numbers issued from 2026, modulus 10 (Public Health
 * Scotland, phsmethods {@code chi_check}).
 */
final class ChiNumber {

    private ChiNumber() {}

    /** @param tenDigits exactly ten ASCII digits */
    static boolean isValid(String tenDigits) {
        return startsWithDate(tenDigits) && (CheckDigits.modulus11(tenDigits) || CheckDigits.modulus10(tenDigits));
    }

    /** The first six digits are a real DDMMYY date; 29 February only in years divisible by four. */
    static boolean startsWithDate(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4, 6));
        return DayMonth.isValid(day, month, year % 4 == 0);
    }
}
