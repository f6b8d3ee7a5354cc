package scot.triangulate.recordreading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentAgreementTest {

    @Test
    void krippendorffsExampleOverItsCompleteRecords() {
        // Units 2-9 of Krippendorff (2011) were read by all four observers. All agree on 3, 4, 5, 7 and 9 (5 of 8);
        // unit 6 (1, 2, 3, 4) is the only one whose grades spread over more than one level (7 of 8).
        Ratings ratings = Readings.rows(1, 5, KrippendorffsAlphaTest.KRIPPENDORFF_2011);

        assertThat(PercentAgreement.exact(ratings).value()).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(PercentAgreement.withinOne(ratings).value()).isCloseTo(7.0 / 8, within(1e-12));
    }

    @Test
    void withinOneMeansTheGradesSpreadOverAtMostOneLevel() {
        // (3, 4) is within one; (3, 5) is not; (2, 3, 4) is not, although each grade is next to another; (4, 4) is.
        Ratings twoReaders = Readings.rows(1, 6, new Integer[] {3, 4}, new Integer[] {3, 5}, new Integer[] {4, 4});
        Ratings threeReaders = Readings.rows(1, 6, new Integer[] {2, 3, 4}, new Integer[] {5, 6, 5});

        assertThat(PercentAgreement.withinOne(twoReaders).value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(PercentAgreement.exact(twoReaders).value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(PercentAgreement.withinOne(threeReaders).value()).isCloseTo(0.5, within(1e-12));
        assertThat(PercentAgreement.exact(threeReaders).value()).isZero();
    }

    @Test
    void withoutACompleteRecordThereIsNoShare() {
        Estimate exact = PercentAgreement.exact(Readings.rows(1, 6, new Integer[] {3, null}, new Integer[] {null, 3}));

        assertThat(exact.value()).isNull();
        assertThat(exact.reason()).isEqualTo(Estimate.Reason.NO_COMPLETE_RECORDS);
    }
}
