package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real published documents (the source documents beside the project, in ../shared/seeds) hold no personal data:
 * four are screened without a finding; the national review may be flagged only for its publisher's own contact
 * block (headquarters address, telephone and fax numbers, enquiries line).
 */
class PublishedDocumentsTest {

    static final Path SEEDS = Path.of("../shared/seeds");
    static final List<String> CLEAR = List.of("000_4c2f96189fe8f7c7.txt", "001_15dafd485b4f290f.txt",
            "003_1066120153b7f90f.txt", "004_2cab28473ed89f01.txt");
    static final String WITH_CONTACT_BLOCK = "002_7b1aefa83d03671c.txt";

    private static String read(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name));
    }

    @Test
    void theGuidanceTheLetterTheFrameworkAndTheDiscussionPaperHaveNoFindings() throws IOException {
        for (String name : CLEAR) {
            String text = read(name);
            assertThat(Screened.SCREEN.screen(text)).as(name).extracting(f -> f.kind() + " " + text.substring(f.start(), f.end()))
                    .isEmpty();
        }
    }

    @Test
    void theReviewIsFlaggedOnlyForTheCareInspectoratesOwnContactBlock() throws IOException {
        String text = read(WITH_CONTACT_BLOCK);
        int block = text.indexOf("Compass House");
        int blockEnd = text.indexOf("This publication is available in other");
        assertThat(block).isPositive();
        assertThat(blockEnd).isGreaterThan(block);
        List<Finding> findings = Screened.SCREEN.screen(text);
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.start()).isBetween(block, blockEnd));
    }

    @Test
    void anOrganisationsAddressAtTheHeadOfALetterIsNotAHomeAddress() {
        String letter = "Date: 10 January 2021\n\nSharon Robertson\nChair of the partnership\nChildren's Services\nKilncraigs\n"
                + "Alloa\nClackmannanshire\nFK10 1EB\n\nDear Sharon\n";
        assertThat(Screened.matches(letter, FindingKind.POSTCODE)).isEmpty();
        // The same block without an organisation, or with a title or a house number, is someone's home.
        assertThat(Screened.matches("Dear colleague\n\nSharon Robertson\nKilncraigs\nAlloa\nFK10 1EB\n", FindingKind.POSTCODE))
                .containsExactly("FK10 1EB");
        assertThat(Screened.matches("Social Work Services\nMrs Kerr\nKilncraigs\nAlloa\nFK10 1EB\n", FindingKind.POSTCODE))
                .containsExactly("FK10 1EB");
        assertThat(Screened.matches("Social Work Services\n14 Glebe Terrace\nAlloa FK10 1EB\n", FindingKind.POSTCODE))
                .containsExactly("FK10 1EB");
        assertThat(Screened.matches("Children's Services said the family moved to FK10 1EB last year.", FindingKind.POSTCODE))
                .containsExactly("FK10 1EB");
    }
}
