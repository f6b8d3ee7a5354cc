package scot.triangulate.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record reading as Clackmannanshire's lead meets it: creating an exercise for the demo cycle, a return refused with
 * its row report (a name, a CHI number), a good one accepted, the sample drawn with its seed and labels shown, and a
 * record swapped with a reason. JavaScript on and off; axe-core checks every page.
 */
class RecordReadingJourneyTest extends BrowserJourney {

    private static final String PARTNERSHIP = "/partnerships/clackmannanshire";

    @TempDir
    Path files;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void createUploadDrawAndSwap(boolean javaScript) throws IOException {
        String title = "Journey exercise " + (javaScript ? "with" : "without") + " JavaScript";
        String prefix = javaScript ? "JS" : "NJ";
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        visit(page, PARTNERSHIP);
        click(link(page, "Record reading"));
        expect(h1(page)).hasText("Record reading");
        click(link(page, "Create an exercise"));
        expect(h1(page)).hasText("Create an exercise");

        // Missing reading days are named in the error summary, linked to their fields.
        page.locator("#title").fill(title);
        click(button(page, "Create the exercise"));
        expect(link(page.locator("#error-summary"), "Enter the first reading day as a date")).hasAttribute("href",
                "#firstReadingDay");
        page.locator("#firstReadingDay").fill("2026-10-12");
        page.locator("#lastReadingDay").fill("2026-10-14");
        page.locator("#targetSize").fill("4");
        click(button(page, "Create the exercise"));
        expect(h1(page)).hasText(title);
        assertSavedWhereTheyLand(page, "The exercise has been created. Upload its pre-inspection return next.");

        // A return with a name and a CHI number is refused whole, with a row report naming each.
        page.locator("#file").setInputFiles(file("bad-return.csv", "reference,agency,category,age band\n"
                + prefix + "-0001,Council social work,CPR,0-4\n"
                + "Kayleigh Anderson,NHS board,CPR,5-11\n"
                + "0101011237,NHS board,looked after at home,12-15\n"));
        click(button(page, "Upload the return"));
        expect(page.locator("#error-summary h2")).hasText("The file bad-return.csv was not uploaded");
        Locator rows = page.locator("#row-report-table tbody tr");
        expect(rows).hasCount(2);
        expect(rows.nth(0)).containsText("Personal name");
        expect(rows.nth(1)).containsText("CHI number");
        expect(page.locator("#population-table")).hasCount(0);

        StringBuilder good = new StringBuilder("reference,agency,category,age band\n");
        String[] categories = {"CPI", "CPR", "VYP", "LAH", "LAA", "CL"};
        for (int i = 1; i <= 12; i++) {
            good.append(String.format("%s-%04d,Council social work,%s,5-11%n", prefix, i, categories[i % 6]));
        }
        page.locator("#file").setInputFiles(file("good-return.csv", good.toString()));
        click(button(page, "Upload the return"));
        assertSavedWhereTheyLand(page, "The return has been uploaded: 12 records.");
        expect(page.locator("#population-table tbody tr").last()).containsText("12");

        page.locator("#seed").fill("424242");
        click(button(page, "Draw the sample"));
        assertSavedWhereTheyLand(page, "The sample has been drawn with seed 424242.");
        expect(page.locator("#seed")).containsText("424242");
        expect(page.locator("#sample-table tbody th")).hasText(new String[] {"R01", "R02", "R03", "R04"});

        page.locator("#label").selectOption("R02");
        page.locator("#swapReference").fill(notInSample(page, prefix));
        page.locator("#swapReason").fill("The record is held by another area");
        click(button(page, "Swap the record"));
        expect(page.locator("#notice")).containsText("R02 has been swapped out");
        expect(page.locator("#sample-table tbody th")).hasText(new String[] {"R01", "R03", "R04", "R05"});
        expect(page.locator("#swapped-out-table")).containsText("Replaced by R05: The record is held by another area");
        expect(page).hasURL(Pattern.compile(".*/record-reading/\\d+#notice$"));
    }

    /** A reference of the return the sample does not hold. */
    private static String notInSample(Page page, String prefix) {
        String sampled = page.locator("#sample-table").innerText();
        for (int i = 1; i <= 12; i++) {
            String reference = String.format("%s-%04d", prefix, i);
            if (!sampled.contains(reference)) {
                return reference;
            }
        }
        throw new AssertionError("every record is sampled");
    }

    private Path file(String name, String content) throws IOException {
        Path path = files.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }
}
