package scot.triangulate.evidence.screening;

/**
 * NHS number of England, Wales and the Isle of Man (NHS Data Dictionary): ten digits, the tenth a modulus 11
 * check digit over the first nine with weights 10..2; a computed check of 10 means the number is invalid.
 */
final class NhsNumber {

    private NhsNumber() {}

    /** @param tenDigits exactly ten ASCII digits */
    static boolean isValid(String tenDigits) {
        return CheckDigits.modulus11(tenDigits);
    }
}
