package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.DATE_OF_BIRTH;
import static scot.triangulate.evidence.screening.Screened.matches;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DOB 03/04/2012|03/04/2012",
        "D.O.B.: 3.4.12|3.4.12",
        "date of birth 3 April 2012|3 April 2012",
        "Date of Birth: 3rd of April 2012|3rd of April 2012",
        "born on April 3rd 2012 in Stirling|April 3rd 2012",
        "aged 9, born 12-12-2013|12-12-2013",
        "her birthday is 5th October 2010|5th October 2010",
        "03/04/2012 (DOB)|03/04/2012",
        "12 March 2012 is his date of birth|12 March 2012",
        "born 29/02/2012|29/02/2012"
    })
    void labelledDatesAreFound(String text, String date) {
        assertThat(matches(text, DATE_OF_BIRTH)).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The CPC met on 12 March 2019.",
        "Report date 03/04/2012.",
        "Financial year 2019/20.",
        "In 2021-22 referrals rose.",
        "DOB 31/02/2012 was mistyped.", // no 31 February
        "born 29/02/2013", // 2013 was not a leap year
        "DOB 13/13/2013",
        "Born in Scotland, the service was set up in the 1990s. Its report of 3 April 2012 said so.",
        "The newborn unit opened on 3 April 2012."
    })
    void otherDatesAreNot(String text) {
        assertThat(matches(text, DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void aDateFarFromTheLabelIsNot() {
        assertThat(matches("DOB is recorded in the system which was upgraded on 3 April 2012.", DATE_OF_BIRTH))
                .isEmpty();
    }
}
