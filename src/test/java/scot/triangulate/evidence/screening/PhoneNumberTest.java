package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.PHONE_NUMBER;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"01259 450000", "07700 900123", "+44 1259 450000", "(01786) 404040", "0131 496 0123",
        "+44 (0)1786 404040", "020 7946 0321", "0800 028 2233", "+447700900789"})
    void numbersWrittenForDiallingAreFound(String number) {
        assertThat(matches("Call " + number + " after 6pm.", PHONE_NUMBER)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Call 999 in an emergency.",
        "Budget code 0123 456 789.", // not a valid UK number
        "Ref 1259450000 on the invoice.", // no trunk prefix: a reference number
        "Number 01786 40404 is a digit short.",
        "In 2019 there were 1,259 450 referrals." // statistics
    })
    void othersAreNot(String text) {
        assertThat(matches(text, PHONE_NUMBER)).isEmpty();
    }
}
