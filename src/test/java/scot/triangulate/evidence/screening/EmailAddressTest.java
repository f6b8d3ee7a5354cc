package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.EMAIL_ADDRESS;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"j.kerr@gmail.com", "kelly.m1987@hotmail.co.uk", "a+b@nhs.scot", "o'neill.r@sky.com"})
    void personalAddressesAreFound(String email) {
        assertThat(matches("Write to " + email + ", please.", EMAIL_ADDRESS)).containsExactly(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact info@clacks.gov.uk.", "enquiries@careinspectorate.com", "Use @CareInspect",
        "name@localhost is not an address", "a@b.c"})
    void functionalMailboxesAndLookAlikesAreNot(String text) {
        assertThat(matches(text, EMAIL_ADDRESS)).isEmpty();
    }
}
