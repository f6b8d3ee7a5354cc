package scot.triangulate.evidence.screening;

/** Check-digit algorithms for ten-digit health service numbers. */
final class CheckDigits {

    private CheckDigits() {}

    /**
     * NHS Data Dictionary "NHS Number" and the CHI number to 2025: weights 10..2 over the first nine digits,
     * check = 11 - (sum mod 11), where 11 becomes 0 and 10 means the number is invalid.
     */
    static boolean modulus11(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(tenDigits, i) * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digit(tenDigits, 9);
    }

    /**
     * The modulus 10 check digit Public Health Scotland introduces for CHI numbers issued from 2026, as
     * phsmethods implements it: over the first nine digits, double the 1st, 3rd, 5th, 7th and 9th (counting
     * from the left), subtract 9 from any doubled value over 9, sum all nine, check = (10 - sum mod 10) mod 10.
     */
    static boolean modulus10(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = digit(tenDigits, i);
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == digit(tenDigits, 9);
    }

    private static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }
}
