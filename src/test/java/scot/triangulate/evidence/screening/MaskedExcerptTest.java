package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedExcerptTest {

    private static Finding only(String text, FindingKind kind) {
        List<Finding> found = Screened.SCREEN.screen(text).stream().filter(f -> f.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void namesKeepTheirInitials() {
        assertThat(ExcerptMasker.mask(FindingKind.PERSONAL_NAME, "Jane Smith")).isEqualTo("J••• S••••");
        assertThat(ExcerptMasker.mask(FindingKind.PERSONAL_NAME, "Connor O'Neill-Kerr")).isEqualTo("C••••• O'•••••-K•••");
    }

    @Test
    void numbersShowOnlyTheirLastTwoDigits() {
        assertThat(ExcerptMasker.mask(FindingKind.CHI_NUMBER, "0101011237")).isEqualTo("••••••••37");
        assertThat(ExcerptMasker.mask(FindingKind.NHS_NUMBER, "943 476 5919")).isEqualTo("••• ••• ••19");
        assertThat(ExcerptMasker.mask(FindingKind.PHONE_NUMBER, "+44 1259 450000")).isEqualTo("+•• •••• ••••00");
        assertThat(ExcerptMasker.mask(FindingKind.NATIONAL_INSURANCE_NUMBER, "AB 12 34 56 C")).isEqualTo("•• •• •• 56 •");
    }

    @Test
    void postcodesLoseTheirInwardCodeEmailsTheirLocalPart() {
        assertThat(ExcerptMasker.mask(FindingKind.POSTCODE, "FK10 1EB")).isEqualTo("FK10 •••");
        assertThat(ExcerptMasker.mask(FindingKind.EMAIL_ADDRESS, "j.kerr@gmail.com")).isEqualTo("••••••@gmail.com");
        assertThat(ExcerptMasker.mask(FindingKind.DATE_OF_BIRTH, "3 April 2012")).isEqualTo("• ••••• ••••");
        assertThat(ExcerptMasker.mask(FindingKind.STREET_ADDRESS, "Flat 3, 22 Bridge Street"))
                .isEqualTo("Flat •, •• B••••• Street");
    }

    @Test
    void everyMaskKeepsTheLengthOfWhatItMasks() {
        for (FindingKind kind : FindingKind.values()) {
            assertThat(ExcerptMasker.mask(kind, "Flat 2/1, 14a O'Neil-Kerr 943 476 5919 @x.com")).hasSize(45);
        }
    }

    @Test
    void theExcerptIsOneLineAboutThirtyCharactersEitherSideWithTheMatchMasked() {
        String text = "Lorem ipsum dolor sit amet, consectetur\nadipiscing: the child's CHI number 0101011237\n"
                + "was recorded on the referral form sent by the health visitor last week.";
        Finding chi = only(text, FindingKind.CHI_NUMBER);
        assertThat(text.substring(chi.start(), chi.end())).isEqualTo("0101011237");
        assertThat(chi.maskedExcerpt())
                .doesNotContain("0101011237", "\n")
                .contains("••••••••37")
                .startsWith("…")
                .endsWith("…")
                .contains("child's CHI number")
                .contains("was recorded on the");
        assertThat(chi.maskedExcerpt().length()).isBetween(60, 80);
    }

    @Test
    void otherPersonalDataInTheWindowIsMaskedToo() {
        String text = "Mrs Kerr, DOB 03/04/1985, CHI 0101011237, phone 01259 450000.";
        Finding chi = only(text, FindingKind.CHI_NUMBER);
        assertThat(chi.maskedExcerpt())
                .doesNotContain("Kerr", "03/04/1985", "0101011237", "01259 450000")
                .contains("Mrs K•••", "••/••/••••", "••••••••37", "••••• ••••00");
    }

    @Test
    void aMatchCutByTheWindowEdgeIsStillMasked() {
        String text = "Darren Hughes and then exactly thirty chars...: j.kerr@gmail.com";
        Finding email = only(text, FindingKind.EMAIL_ADDRESS);
        assertThat(email.maskedExcerpt()).doesNotContain("ren Hughes", "Hughes", "j.kerr").contains("@gmail.com");
    }

    @Test
    void aWholeTextIsMaskedWhereItHoldsPersonalDataAndKeepsItsLength() {
        String text = "Mrs Kerr, DOB 03/04/1985, CHI 0101011237, lives at 22 Bridge Street, FK10 1EB. Attendance rose.";
        String masked = Screened.SCREEN.mask(text);
        assertThat(masked).hasSameSizeAs(text)
                .doesNotContain("Kerr", "03/04/1985", "0101011237", "Bridge", "1EB")
                .contains("Mrs K•••", "••••••••37", "FK10 •••", "Attendance rose.");
        assertThat(Screened.SCREEN.mask("Attendance rose in the third quarter.")).isEqualTo("Attendance rose in the third quarter.");
    }
}
