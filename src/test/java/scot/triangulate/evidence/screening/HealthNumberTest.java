package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.CHI_NUMBER;
import static scot.triangulate.evidence.screening.FindingKind.NHS_NUMBER;
import static scot.triangulate.evidence.screening.Screened.kinds;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CHI and NHS numbers. Check digits below were worked by hand or with a separate script, not with this code. */
class HealthNumberTest {

    @Test
    void modulus11AcceptsTheNhsSpecimenNumber() {
        // NHS England's example 943 476 5919: 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11-2 = 9.
        assertThat(CheckDigits.modulus11("9434765919")).isTrue();
        assertThat(CheckDigits.modulus11("9434765918")).isFalse();
    }

    @Test
    void modulus11TreatsACheckOfTenAsInvalid() {
        // 4*10 + 8*2 = 56; 56 mod 11 = 1; 11 - 1 = 10: no tenth digit can make 400000008x valid.
        for (char last = '0'; last <= '9'; last++) {
            assertThat(CheckDigits.modulus11("400000008" + last)).as("400000008" + last).isFalse();
        }
    }

    @Test
    void modulus11MapsElevenToZero() {
        // 0*10+...: "000000000" sums to 0, 11 - 0 = 11, which becomes 0.
        assertThat(CheckDigits.modulus11("0000000000")).isTrue();
    }

    @Test
    void modulus10FollowsPhsmethods() {
        // 1 5 0 3 2 6 0 0 0: doubled odd places 2,0,4,0,0 (=6) + even places 5,3,6,0 (=14) = 20; (10 - 0) mod 10 = 0.
        assertThat(CheckDigits.modulus10("1503260000")).isTrue();
        assertThat(CheckDigits.modulus10("1503260003")).isFalse();
        // The same number fails modulus 11 (1*10+5*9+3*7+2*6+6*5 = 118; 11 - 118 mod 11 = 3).
        assertThat(CheckDigits.modulus11("1503260000")).isFalse();
    }

    @Test
    void phsmethodsDocumentationExampleIsAValidChi() {
        assertThat(ChiNumber.isValid("0101011237")).isTrue();
        assertThat(matches("CHI 0101011237 on file", CHI_NUMBER)).containsExactly("0101011237");
    }

    @Test
    void chiNumbersFromTwentyTwentySixPassByModulus10() {
        assertThat(ChiNumber.isValid("1503260000")).isTrue();
        assertThat(kinds("New CHI 1503260000 issued.")).containsExactly(CHI_NUMBER);
    }

    @Test
    void chiDateMustBeReal() {
        // phsmethods' own invalid-date example, and 31 April.
        assertThat(ChiNumber.isValid("3201201234")).isFalse();
        assertThat(ChiNumber.startsWithDate("310412")).isFalse();
        // 29 February only in a leap year: 2902123450 passes modulus 11 with a real date.
        assertThat(ChiNumber.isValid("2902123450")).isTrue();
        assertThat(ChiNumber.startsWithDate("290213")).isFalse();
    }

    @Test
    void aNumberWithAnImpossibleDateButAGoodModulus11IsAnNhsNumber() {
        // 2902133456 passes modulus 11 but 29/02/13 never happened.
        assertThat(HealthNumberDetector.classify("2902133456")).isEqualTo(NHS_NUMBER);
        assertThat(HealthNumberDetector.classify("9434765919")).isEqualTo(NHS_NUMBER);
        assertThat(HealthNumberDetector.classify("0101011237")).isEqualTo(CHI_NUMBER);
        assertThat(HealthNumberDetector.classify("9434765918")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919"})
    void nhsNumberIsFoundInItsUsualLayouts(String number) {
        assertThat(matches("NHS number " + number + " was quoted.", NHS_NUMBER)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101011237", "010101 1237", "0101 011 237", "01 01 01 1237"})
    void chiNumberIsFoundInItsUsualLayouts(String number) {
        assertThat(matches("CHI " + number + ".", CHI_NUMBER)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ref 19434765919 on the form.",
        "Ref 94347659190 on the form.",
        "Barcode 5019434765919",
        "Item ABC9434765919",
        "Tel 0 943 476 5919 12",
        "value 9434765919.5",
        "Invoice 9434765919 was paid.",
        "Order number: 0101011237"
    })
    void digitRunsInsideLongerNumbersOrLabelledAsSomethingElseAreNotHealthNumbers(String text) {
        assertThat(kinds(text)).doesNotContain(CHI_NUMBER, NHS_NUMBER);
    }

    @Test
    void aHealthLabelOutweighsANearbyReferenceLabel() {
        assertThat(kinds("Ref: NHS 943 476 5919")).containsExactly(NHS_NUMBER);
    }
}
