package scot.triangulate.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;
import scot.triangulate.positionstatement.PositionStatementTestData;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * Personal data as a writer and a lead meet it, without JavaScript: a section saved with a CHI number and a phone
 * number shows its findings beside the text and on the checks page; the lead clears them with a reason. A held
 * version, superseded by a redacted one, is erased by the lead.
 */
class PersonalDataJourneyTest extends BrowserJourney {

    @Autowired
    private CycleService cycles;
    @Autowired
    private EvidenceService evidence;

    @Test
    void aSectionWithPersonalDataIsSavedFlaggedAndClearedByTheLead() {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        String statement = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/position-statement";

        Page page = newPage(false);
        signIn(page, "demo-lead");
        visit(page, statement + "/sections/context");
        page.locator("#text").fill("Our area is rural. The child's CHI number is 0101011237; phone 07700 900123.");
        click(button(page, "Save section"));
        expect(page.locator("h1")).hasText("Context of children’s services");
        expect(page.locator("#text")).hasValue("Our area is rural. The child's CHI number is 0101011237; phone 07700 900123.");
        Locator beside = page.locator("#screening-text");
        expect(beside).containsText("Screening found what may be personal data here.");
        expect(beside).containsText("••••••••37");

        visit(page, statement + "/checks");
        expect(page.locator("#problem-list li[data-code=personal-data]"))
                .containsText("holds 2 personal-data findings not cleared");
        click(page.locator("#problem-list li[data-code=personal-data] a"));
        Locator forms = page.locator("#screening-findings form");
        expect(forms).hasCount(2);
        for (int i = 0; i < 2; i++) {
            Locator form = page.locator("#screening-findings form").first();
            form.locator("input[name=reason]").fill("A made-up example in training material");
            click(form.locator("button"));
            expect(page.locator("#screening-findings [role=status]")).hasText("The finding has been cleared.");
        }
        expect(page.locator("#screening-findings")).containsText("Cleared by demo-lead: A made-up example in training material");
        visit(page, statement + "/checks");
        expect(page.locator("#problem-list li[data-code=personal-data]")).hasCount(0);
    }

    @Test
    void aLeadErasesAHeldVersionOnceARedactedOneSupersedesIt() {
        byte[] held = ("Core group minutes " + PositionStatementTestData.unique() + ", CHI 0101011237").getBytes(StandardCharsets.UTF_8);
        EvidenceItem item = evidence.add("clackmannanshire", new NewEvidence("Core group minutes", "Minutes, CHI 0101011237",
                Agency.COUNCIL_SOCIAL_WORK, LocalDate.now(), SourceType.DOCUMENTS, List.of(), null,
                new NewEvidence.Upload("minutes.txt", held.length, new ByteArrayInputStream(held)), null), "demo-lead");
        byte[] redacted = ("Core group minutes " + PositionStatementTestData.unique() + " [redacted]").getBytes(StandardCharsets.UTF_8);
        evidence.addVersion("clackmannanshire", item.number(),
                new NewEvidence.Upload("minutes-redacted.txt", redacted.length, new ByteArrayInputStream(redacted)), null, "demo-lead");

        Page contributor = newPage(false);
        signIn(contributor, "demo-contributor");
        visit(contributor, "/partnerships/clackmannanshire/evidence/" + item.documentNumber());
        expect(contributor.locator("#version-1")).containsText("Holds personal data");
        expect(contributor.locator("#version-1 form")).hasCount(0);

        Page page = newPage(false);
        signIn(page, "demo-lead");
        visit(page, "/partnerships/clackmannanshire/evidence/" + item.documentNumber());
        Locator erase = page.locator("#version-1 form");
        erase.locator("input[name=reason]").fill("Holds a child's CHI number");
        click(erase.locator("button"));
        expect(page.locator("main")).containsText("The version has been erased.");
        expect(page.locator("#version-1")).containsText("Erased by demo-lead");
        expect(page.locator("#version-1")).containsText("Holds a child's CHI number");
    }
}
