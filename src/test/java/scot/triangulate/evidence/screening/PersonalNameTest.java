package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.PERSONAL_NAME;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNameTest {

    @Test
    void theGazetteerIsLoadedOnceWithSeveralHundredNames() {
        GivenNames names = GivenNames.load();
        assertThat(names.size()).isBetween(500, 1500);
        assertThat(names.contains("Eilidh")).isTrue();
        assertThat(names.contains("Anne-Marie")).as("hyphenated, first part listed").isTrue();
        assertThat(names.contains("May")).as("month names are left out").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mrs Kerr attended.|Kerr",
        "Mr. Docherty did not attend.|Docherty",
        "Ms Anderson-Reid agreed.|Anderson-Reid",
        "Master Finlay Grant was seen.|Finlay Grant",
        "Mr J. Hendry signed it.|J. Hendry",
        "Dr McAllister sent apologies.|McAllister",
        "Miss O'Neill was spoken to.|O'Neill"
    })
    void aTitleMarksAName(String text, String name) {
        assertThat(matches(text, PERSONAL_NAME)).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kayleigh Anderson told the worker.|Kayleigh Anderson",
        "Ellie Louise McGregor gave a view.|Ellie Louise McGregor",
        "Ava Murray's attendance improved.|Ava Murray",
        "Statement by Darren HUGHES was read.|Darren HUGHES",
        "The panel heard from Jamie-Lee Watson.|Jamie-Lee Watson"
    })
    void aGivenNameWithASurnameIsAName(String text, String name) {
        assertThat(matches(text, PERSONAL_NAME)).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The child, Ava, said she felt safe.|Ava",
        "Her son Liam was excluded.|Liam",
        "Mum (Kelly) reported it.|Kelly",
        "Lewis's mother called.|Lewis",
        "Callum (aged 7) disclosed.|Callum",
        "Jade, aged 15, is in secure care.|Jade",
        "Kyle (14) was interviewed.|Kyle",
        "Young person known as Rhys moved on.|Rhys"
    })
    void aLoneGivenNameInFamilyContextIsAName(String text, String name) {
        assertThat(matches(text, PERSONAL_NAME)).containsExactly(name);
    }

    @Test
    void namesListedAfterFamilyContextShareIt() {
        assertThat(matches("Siblings Ava, Liam and Noah were placed together.", PERSONAL_NAME))
                .containsExactly("Ava", "Liam", "Noah");
    }

    @Test
    void aLoneGivenNameWithoutContextIsNot() {
        assertThat(matches("Grace and Hope are values of the service.", PERSONAL_NAME)).isEmpty();
        assertThat(matches("We met Liam.", PERSONAL_NAME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Chief Social Work Officer chaired the review.",
        "The Named Person told the Lead Professional and the Head Teacher.",
        "NHS Forth Valley and Clackmannanshire Council signed it.",
        "Pupils at Alloa Academy and in Stirling took part.",
        "She was moved to Queen Elizabeth University Hospital.",
        "Mary Erskine School hosted the day.",
        "James Gillespie's High School took part.",
        "Grace Street Nursery opened.",
        "St John's Hospital has a ward.",
        "Dr Gray's Hospital in Elgin.",
        "Victoria Quay is in Leith.",
        "Project Ruby supports young women.",
        "Monday Club for young carers.",
        "The May Review was published in June.",
        "Master Plan for the campus."
    })
    void rolesPlacesOrganisationsAndHeadingsAreNot(String text) {
        assertThat(matches(text, PERSONAL_NAME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Signed by the Chief Executive, Fiona Drummond.",
        "Councillor Ellen Forbes opened the event.",
        "Chief Officer Graham Hendry presented.",
        "Jane Mackie, Director of Children's Services, welcomed it.",
        "Lead Inspector Morag Kennedy led the team.",
        "Director of Public Health, Dr Sarah Lyon, spoke.",
        "Professor Lucy Gordon, Chair of the Committee, spoke.",
        "Inspector Gordon Reid of Police Scotland gave evidence.",
        "Fiona Hyslop MSP visited."
    })
    void publicOfficialsNamedWithTheirRoleAreNot(String text) {
        assertThat(matches(text, PERSONAL_NAME)).isEmpty();
    }

    @Test
    void aPrivateIndividualNextToAnOfficialIsStillFound() {
        assertThat(matches("The Chief Executive met the mother, Lisa, on Monday.", PERSONAL_NAME))
                .containsExactly("Lisa");
    }
}
