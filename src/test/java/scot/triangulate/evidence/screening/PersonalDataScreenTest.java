package scot.triangulate.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.triangulate.evidence.screening.FindingKind.CHI_NUMBER;
import static scot.triangulate.evidence.screening.FindingKind.DATE_OF_BIRTH;
import static scot.triangulate.evidence.screening.FindingKind.EMAIL_ADDRESS;
import static scot.triangulate.evidence.screening.FindingKind.NATIONAL_INSURANCE_NUMBER;
import static scot.triangulate.evidence.screening.FindingKind.NHS_NUMBER;
import static scot.triangulate.evidence.screening.FindingKind.PERSONAL_NAME;
import static scot.triangulate.evidence.screening.FindingKind.PHONE_NUMBER;
import static scot.triangulate.evidence.screening.FindingKind.POSTCODE;
import static scot.triangulate.evidence.screening.FindingKind.STREET_ADDRESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PersonalDataScreenTest {

    private final PersonalDataScreen screen = Screened.SCREEN;

    @Test
    void blankOrNullTextHasNoFindings() {
        assertThat(screen.screen(null)).isEmpty();
        assertThat(screen.screen("  \n ")).isEmpty();
    }

    @Test
    void findingsComeInOrderOfPositionWithTheirOffsets() {
        String text = "Mrs Kerr, 14 Glebe Terrace, Alloa FK10 1EB. Tel 01259 450000, j.kerr@gmail.com. "
                + "DOB 03/04/1985, CHI 0304851234? NHS 943 476 5919, NI AB 12 34 56 C.";
        List<Finding> findings = screen.screen(text);
        assertThat(findings).extracting(Finding::kind).containsExactly(PERSONAL_NAME, STREET_ADDRESS, POSTCODE,
                PHONE_NUMBER, EMAIL_ADDRESS, DATE_OF_BIRTH, NHS_NUMBER, NATIONAL_INSURANCE_NUMBER);
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly("Kerr",
                "14 Glebe Terrace", "FK10 1EB", "01259 450000", "j.kerr@gmail.com", "03/04/1985", "943 476 5919",
                "AB 12 34 56 C");
    }

    @Test
    void overlappingRulesKeepTheMostSpecific() {
        // A valid CHI number is not also reported as the telephone number its digits could be.
        assertThat(Screened.kinds("CHI 0101011237")).containsExactly(CHI_NUMBER);
        // A name inside an email address is part of the address.
        assertThat(Screened.kinds("Email Jane.Smith@gmail.com today")).containsExactly(EMAIL_ADDRESS);
    }

    @Test
    void resolvingOverlapsPrefersTheStrongerKindThenTheLongerMatch() {
        List<Detection> kept = PersonalDataScreen.withoutOverlaps(List.of(
                new Detection(PHONE_NUMBER, 0, 12),
                new Detection(CHI_NUMBER, 2, 12),
                new Detection(PERSONAL_NAME, 20, 24),
                new Detection(PERSONAL_NAME, 20, 30),
                new Detection(STREET_ADDRESS, 40, 50)));
        assertThat(kept).containsExactly(new Detection(CHI_NUMBER, 2, 12), new Detection(PERSONAL_NAME, 20, 30),
                new Detection(STREET_ADDRESS, 40, 50));
    }

    /** About a hundred pages of text with personal data planted at known places. */
    static String longDocument(List<String> planted) {
        String[] filler = {
            "The partnership evaluated QI 2.1 as good, drawing on the staff survey and record reading. ",
            "In 2022/23 there were 312 referrals, 14% more than in 2021/22 (Table 4). ",
            "The Chief Social Work Officer and NHS Forth Valley agreed the Child Protection Committee plan. ",
            "Section 22 of the Children (Scotland) Act 1995 applied to 45 children. ",
            "The Care Inspectorate met the Named Person service on 12 March 2019 in Stirling. ",
            "Invoice 4501234567 and purchase order 88213 were approved by the Lead Professional. ",
            "Young people told us: \"I feel listened to\" (82% agreed, up from 74%). "
        };
        String[] items = {
            "Mrs Kerr", "Liam Docherty", "CHI 0101011237", "NHS 943 476 5919", "NI AB 12 34 56 C",
            "DOB 03/04/2012", "FK10 1EB", "01259 450000", "j.kerr@gmail.com", "14 Glebe Terrace"
        };
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(310_000);
        int next = 0;
        while (text.length() < 300_000) {
            text.append(filler[random.nextInt(filler.length)]);
            if (random.nextInt(40) == 0) {
                String item = items[next++ % items.length];
                planted.add(item);
                text.append("Record note: ").append(item).append(" was seen in the file. ");
            }
            if (random.nextInt(12) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void aHundredPageDocumentIsScreenedAndEveryPlantedItemFound() {
        List<String> planted = new ArrayList<>();
        String text = longDocument(planted);
        assertThat(text.length()).isGreaterThanOrEqualTo(300_000);
        assertThat(planted).hasSizeGreaterThan(50);

        long began = System.nanoTime();
        List<Finding> findings = screen.screen(text);
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("Screened %,d characters in %d ms: %d findings%n", text.length(), millis, findings.size());

        assertThat(findings).hasSize(planted.size());
        for (int i = 0; i < planted.size(); i++) {
            String item = planted.get(i);
            Finding f = findings.get(i);
            assertThat(item).as("finding %d", i).contains(text.substring(f.start(), f.end()));
        }
    }

    @Test
    void oneScreenCanBeSharedBetweenThreads() throws Exception {
        List<String> planted = new ArrayList<>();
        String text = longDocument(planted).substring(0, 60_000);
        List<Finding> expected = screen.screen(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Finding>>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                jobs.add(() -> screen.screen(text));
            }
            for (Future<List<Finding>> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
