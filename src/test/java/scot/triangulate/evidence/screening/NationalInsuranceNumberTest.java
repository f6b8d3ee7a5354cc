package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.NATIONAL_INSURANCE_NUMBER;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalInsuranceNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB 12 34 56 C", "AB123456C", "JH 98 76 54 D", "ZX123456A", "CE 00 00 00 B", "OA 12 34 56 A"})
    void validNumbersAreFound(String number) {
        assertThat(matches("NI number " + number + " recorded.", NATIONAL_INSURANCE_NUMBER)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "QQ 12 34 56 C", // Q never first (HMRC's specimen)
        "DA 12 34 56 C", "FA123456A", "IA123456A", "UA123456A", "VA123456A", // barred first letters
        "AD123456A", "AF123456A", "AI123456A", "AO123456A", "AQ123456A", "AU123456A", "AV123456A", // second letters
        "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A", // unallocated
        "AB123456E", // suffix only A-D
        "AB12345C", "AB1234567C", "XAB123456C", "AB123456CD"
    })
    void invalidOrLookAlikeNumbersAreNot(String number) {
        assertThat(matches("Code " + number + " here.", NATIONAL_INSURANCE_NUMBER)).isEmpty();
    }
}
