package scot.triangulate.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.context.annotation.Conditional;
import scot.triangulate.config.DemoMode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import scot.triangulate.identity.AccountService;
import scot.triangulate.recordreading.NewExercise;
import scot.triangulate.recordreading.RecordCategory;
import scot.triangulate.recordreading.RecordReadingExercise;
import scot.triangulate.recordreading.RecordReadingExercises;
import scot.triangulate.recordreading.RecordReadingSamples;

/**
 * Demo mode only: a record-reading exercise for Clackmannanshire's demo cycle, with a pre-inspection return of
 * fictional pseudonymous references (CL-2026-0001 onwards) across all six categories and a drawn sample of 31
 * records, as in the supported self-evaluation's record reading. Each step is taken only if it is not done yet.
 */
@Component
@Conditional(DemoMode.class)
class DemoRecordReading {

    static final String TITLE = "Record reading for the joint inspection";
    static final long SEED = 20211018L;
    static final int SAMPLE = 31;
    /** Records per category, in the categories' order: a return's usual shape, most on the register or looked after. */
    private static final int[] RECORDS = {48, 36, 14, 30, 42, 20};
    private static final String[] AGENCIES = {"Council social work", "NHS board", "Education", "Police Scotland",
        "Third sector"};
    private static final String[] AGE_BANDS = {"0-4", "5-11", "12-15", "16+"};

    private final RecordReadingExercises exercises;
    private final RecordReadingSamples samples;
    private final AccountService accounts;

    DemoRecordReading(RecordReadingExercises exercises, RecordReadingSamples samples, AccountService accounts) {
        this.exercises = exercises;
        this.samples = samples;
        this.accounts = accounts;
    }

    void load(long cycleId, String partnership) {
        Authentication lead = accounts.actingAs("demo-lead");
        RecordReadingExercise exercise = exercises.exercises(partnership, lead).stream()
                .filter(e -> e.title().equals(TITLE)).findFirst()
                .orElseGet(() -> exercises.create(partnership, new NewExercise(cycleId, TITLE,
                        LocalDate.now().plusMonths(1).withDayOfMonth(5), LocalDate.now().plusMonths(1).withDayOfMonth(7),
                        SAMPLE), lead));
        if (!exercise.hasPopulation()) {
            samples.loadPopulation(exercise.id(), "clackmannanshire-pre-inspection-return.csv",
                    populationCsv().getBytes(StandardCharsets.UTF_8), null, lead);
        }
        if (!exercises.get(exercise.id(), lead).sampled()) {
            samples.draw(exercise.id(), String.valueOf(SEED), null, lead);
        }
    }

    /** The fictional return: categories by their codes, agencies and age bands in turn. */
    static String populationCsv() {
        StringBuilder csv = new StringBuilder("reference,agency,category,age band\n");
        int n = 0;
        RecordCategory[] categories = RecordCategory.values();
        for (int c = 0; c < categories.length; c++) {
            for (int i = 0; i < RECORDS[c]; i++) {
                n++;
                String band = categories[c] == RecordCategory.CARE_LEAVER ? "16+" : AGE_BANDS[n % 3 + (c >= 3 ? 1 : 0)];
                csv.append(String.format("CL-2026-%04d,%s,%s,%s%n", n, AGENCIES[n % AGENCIES.length],
                        categories[c].code(), band));
            }
        }
        return csv.toString();
    }
}
