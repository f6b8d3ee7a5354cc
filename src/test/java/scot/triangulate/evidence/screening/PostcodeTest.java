package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.POSTCODE;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"FK10 1EB", "EH1 3DG", "G2 1DU", "W1A 0AX", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH",
        "DN55 1PT", "KW15 1NY", "ZE1 0LL", "FK101EB"})
    void fullPostcodesInRealAreasAreFound(String postcode) {
        assertThat(matches("Lives at " + postcode + " now.", POSTCODE)).containsExactly(postcode);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Outward code FK10 covers Alloa.", // outward code alone
        "Form CP1 2AA is the referral form.", // CP is not a postcode area
        "Room QX1 3AB", // no Q area
        "EH1 3CI", // C and I never in the inward code
        "EH1 3DGX more", // glued to more letters
        "XEH1 3DG", "QI 5.2 and QI 2.1", "Version 2.3.1"
    })
    void lookAlikesAreNot(String text) {
        assertThat(matches(text, POSTCODE)).isEmpty();
    }
}
