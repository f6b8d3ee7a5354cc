package scot.triangulate.positionstatement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/** What the position statement tests start from: a fresh cycle, cleared evidence to cite, a complete core checklist. */
public final class PositionStatementTestData {

    private PositionStatementTestData() {
    }

    public static Cycle cycle(CycleService cycles, String partnership) {
        return cycles.start(partnership, "qif-2018", "Self-evaluation " + unique(), LocalDate.now().plusMonths(3), List.of(),
                PerspectiveKind.AGENCY, UsernamePasswordAuthenticationToken.authenticated("demo-lead", null, List.of()));
    }

    /** A published document: a link, cleared at once. */
    public static EvidenceItem link(EvidenceService evidence, String partnership, String title) {
        return evidence.add(partnership, new NewEvidence(title, "", Agency.COUNCIL_SOCIAL_WORK, LocalDate.now(), SourceType.DOCUMENTS,
                List.of(), null, null, "https://www.example.gov.scot/" + unique() + ".pdf"), "demo-lead");
    }

    /** An uploaded text file, once extraction and screening have finished. */
    public static EvidenceItem file(EvidenceService evidence, String partnership, String title, String text) throws InterruptedException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        EvidenceItem item = evidence.add(partnership, new NewEvidence(title, "", Agency.NHS_BOARD, LocalDate.now(),
                SourceType.OBSERVATION_AND_AUDIT, List.of(), null,
                new NewEvidence.Upload("audit-" + unique() + ".txt", content.length, new ByteArrayInputStream(content)), null), "demo-lead");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            EvidenceItem now = evidence.get(partnership, item.number());
            if (now.status() != EvidenceStatus.PROCESSING) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(item.documentNumber() + " was still processing after 60 seconds");
    }

    /** Marks every core document category without an item as not held, so that check passes. */
    public static void completeCoreDocuments(CoreDocuments coreDocuments, String partnership) {
        coreDocuments.checklist(partnership).stream().filter(e -> !e.complete())
                .forEach(e -> coreDocuments.markNotHeld(partnership, e.category(), "Not held for this test.", "demo-lead"));
    }

    /** Six sections that pass every check, citing {@code cited}. */
    public static Map<String, String> passingSections(String cited) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("context", "# Our area\n\nServices are delivered across the partnership [" + cited + "].\n\n## Governance\n\n"
                + "The chief officers' group oversees the child protection committee.");
        texts.put("data", "Re-registrations fell from **14%** to 9% [" + cited + "].");
        texts.put("involvement", "Children's views shape their plans, through advocacy at every meeting.");
        texts.put("quality-assurance", "The chronology audit led to a new practice guide.\n\n1. Audit\n2. Guide\n3. Re-audit");
        texts.put("leadership", "Leaders set clear priorities for child protection (QI 9.2).");
        texts.put("achievements-and-improvement", """
                ## Key achievements

                - A chronology practice guide [%s]
                - Advocacy at every case conference
                - Reports shared three days before meetings

                ## Priority areas for improvement

                - Analysis of risk in chronologies (QI 5.2)
                - Children's views shaping plans (QI 2.1)

                ## Capacity for improvement

                Informed by QI 10, we are confident in our capacity for improvement.
                """.formatted(cited));
        return texts;
    }

    public static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
