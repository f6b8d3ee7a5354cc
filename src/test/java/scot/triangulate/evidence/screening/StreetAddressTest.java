package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.STREET_ADDRESS;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They moved to 14 Glebe Terrace last year.|14 Glebe Terrace",
        "Flat 3, 22 Bridge Street was unsuitable.|Flat 3, 22 Bridge Street",
        "Police attended 2/1, 45 Causewayhead Road.|2/1, 45 Causewayhead Road",
        "Moved to Flat 2/1 18 Kelvin Drive.|Flat 2/1 18 Kelvin Drive",
        "Carers live at 9 St Ninian's Wynd.|9 St Ninian's Wynd",
        "Listed 5A Castle Crescent as home.|5A Castle Crescent",
        "Called to 102 Dumbarton Rd.|102 Dumbarton Rd.",
        "At 7 Upper Bridge St, Stirling.|7 Upper Bridge St"
    })
    void houseNumberNameAndStreetTypeIsAnAddress(String text, String address) {
        assertThat(matches(text, STREET_ADDRESS)).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Section 25 Children (Scotland) Act accommodation.",
        "Section 22 of the Children (Scotland) Act 1995.",
        "Table 4 Key Performance Indicators.",
        "Chapter 3 Park and ride.",
        "Page 12 Glebe Terrace is an example.",
        "QI 2 Key Place of safety.",
        "In 2019 Victoria Park reopened.",
        "There are 14 Glebe houses.",
        "Glebe Terrace is a street name."
    })
    void referencesAndNamesWithoutANumberAreNot(String text) {
        assertThat(matches(text, STREET_ADDRESS)).isEmpty();
    }
}
