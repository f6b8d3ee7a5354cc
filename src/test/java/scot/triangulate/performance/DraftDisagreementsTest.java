package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a sentence's claim is read: words of better and worse, and rises and falls read by polarity. */
class DraftDisagreementsTest {

    @Test
    void wordsOfBetterAndWorseAreClaimsWhateverThePolarity() {
        assertThat(DraftDisagreements.claim("Timeliness has improved this year.", Polarity.NEITHER)).isEqualTo(1);
        assertThat(DraftDisagreements.claim("Reviews have deteriorated.", Polarity.HIGHER_IS_BETTER)).isEqualTo(-1);
        assertThat(DraftDisagreements.claim("We held 40 meetings.", Polarity.HIGHER_IS_BETTER)).isZero();
        // Both at once says nothing either way.
        assertThat(DraftDisagreements.claim("Some things improved, others got worse.", Polarity.NEITHER)).isZero();
    }

    @Test
    void aRiseIsBetterOnlyWhenHigherIsBetter() {
        assertThat(DraftDisagreements.claim("The share rose to 80%.", Polarity.HIGHER_IS_BETTER)).isEqualTo(1);
        assertThat(DraftDisagreements.claim("The share rose to 80%.", Polarity.LOWER_IS_BETTER)).isEqualTo(-1);
        assertThat(DraftDisagreements.claim("Re-registrations fell.", Polarity.LOWER_IS_BETTER)).isEqualTo(1);
        assertThat(DraftDisagreements.claim("Re-registrations fell.", Polarity.NEITHER)).isZero();
    }
}
