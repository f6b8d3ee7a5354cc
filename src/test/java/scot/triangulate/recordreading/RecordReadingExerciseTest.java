package scot.triangulate.recordreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import scot.triangulate.IntegrationTest;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

/**
 * Record-reading exercises against the database: the return's all-or-nothing import with its row report, the sample
 * drawn from a seed, adding and swapping with a reason, and who may do each.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordReadingExerciseTest {

    private static final String PARTNERSHIP = "clackmannanshire";
    private static final String READER = "record-reading-test-reader";

    @Autowired
    private RecordReadingExercises exercises;
    @Autowired
    private RecordReadingSamples samples;
    @Autowired
    private AccountService accounts;
    @Autowired
    private JdbcClient jdbc;

    private Authentication lead;
    private long cycle;

    @BeforeAll
    void people() {
        if (accounts.find(READER).isEmpty()) {
            accounts.create(READER, "Record reading test reader", null, "a long enough password",
                    EnumSet.noneOf(AccountRole.class));
            accounts.addMembership(READER, PARTNERSHIP, MembershipRole.RECORD_READER, Agency.EDUCATION, null);
        }
        lead = accounts.actingAs("demo-lead");
        cycle = exercises.cycles(PARTNERSHIP, lead).get(0).id();
    }

    private RecordReadingExercise newExercise(int target) {
        return exercises.create(PARTNERSHIP, new NewExercise(cycle, "Test exercise", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), target), lead);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String GOOD = """
            reference,agency,category,age band
            T-0001,Council social work,CPR,0-4
            T-0002,NHS board,on the child protection register,5-11
            T-0003,Police Scotland,CPI,
            T-0004,Children's Reporter,looked after at home,12-15
            T-0005,EDUCATION,LAA,16+
            T-0006,Third sector,care leaver,16+
            T-0007,Council social work,in vulnerable young person / care and risk management processes,12-15
            T-0008,Council social work,Looked after away from home,5-11
            """;

    @Test
    void aGoodReturnIsStoredAndCountedByCategory() {
        RecordReadingExercise exercise = newExercise(4);
        assertThat(samples.loadPopulation(exercise.id(), "good.csv", csv(GOOD), exercise.version(), lead)).isEqualTo(8);
        ExerciseDetails details = exercises.details(exercise.id(), lead);
        assertThat(details.populationSize()).isEqualTo(8);
        assertThat(details.population()).extracting(ExerciseDetails.CategoryCount::records)
                .containsExactly(1, 2, 1, 1, 2, 1);
    }

    @Test
    void personalDataIsRefusedWithARowReportNamingEachAndNothingIsStored() {
        RecordReadingExercise exercise = newExercise(4);
        String bad = """
                reference,agency,category,age band
                T-0001,Council social work,CPR,0-4
                Kayleigh Anderson,NHS board,CPR,5-11
                0101011237,NHS board,CPR,5-11
                T-0004,NHS board,CPR,DOB 03/04/2012
                T-0005,FK10 1EB,CPR,5-11
                """;
        assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), "bad.csv", csv(bad), null, lead))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
                    assertThat(e.problems()).extracting(ReturnProblem::row, ReturnProblem::column, ReturnProblem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "reference", "return.personalData"),
                                    org.assertj.core.groups.Tuple.tuple(4, "reference", "return.personalData"),
                                    org.assertj.core.groups.Tuple.tuple(5, "age band", "return.personalData"),
                                    org.assertj.core.groups.Tuple.tuple(6, "agency", "return.personalData"));
                    assertThat(e.problems()).extracting(p -> p.arguments().get(0)).containsExactly("Personal name",
                            "CHI number", "Date of birth", "Postcode");
                });
        assertThat(stored(exercise)).isZero();
    }

    @Test
    void duplicatesUnknownWordsAndBadReferencesAreAllReported() {
        RecordReadingExercise exercise = newExercise(4);
        String bad = """
                reference,agency,category,age band
                T-0001,Council social work,CPR,0-4
                T-0001,Council social work,CPR,0-4
                T-0003,Housing,CPR,0-4
                T-0004,Council social work,adopted,0-4
                =cmd,Council social work,CPR,0-4
                %s,Council social work,CPR,0-4
                T-0007,,CPR,
                """.formatted("X".repeat(41));
        assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), "bad.csv", csv(bad), null, lead))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ReturnProblem::row, ReturnProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "return.duplicateReference"),
                                org.assertj.core.groups.Tuple.tuple(4, "return.unknownAgency"),
                                org.assertj.core.groups.Tuple.tuple(5, "return.unknownCategory"),
                                org.assertj.core.groups.Tuple.tuple(6, "return.referenceUnsafe"),
                                org.assertj.core.groups.Tuple.tuple(7, "return.referenceLong"),
                                org.assertj.core.groups.Tuple.tuple(8, "return.agencyMissing")));
        assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), "bad.csv",
                csv("reference,agency,category,name\nT-1,Education,CPR,x\n"), null, lead))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ReturnProblem::messageKey).containsExactly("return.unknownColumn"));
        assertThat(stored(exercise)).isZero();
    }

    @Test
    void hostileFilesAreRefusedWithAClearMessage() throws Exception {
        RecordReadingExercise exercise = newExercise(4);
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet();
        String[] header = {"reference", "agency", "category"};
        var top = sheet.createRow(0);
        for (int c = 0; c < 3; c++) {
            top.createCell(c).setCellValue(header[c]);
        }
        var row = sheet.createRow(1);
        row.createCell(0).setCellFormula("CONCATENATE(\"T-\",\"1\")");
        row.createCell(1).setCellValue("Education");
        row.createCell(2).setCellValue("CPR");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), "formula.xlsx", out.toByteArray(), null, lead))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("return.formula");
                    assertThat(e.arguments()).containsExactly("A2");
                });
        for (var file : List.of(new Object[] {"nul.csv", csv("reference,agency,category\nT-1\0,Education,CPR\n"), "return.nulCharacter"},
                new Object[] {"fake.xlsx", csv("reference,agency\n"), "return.notXlsx"},
                new Object[] {"return.pdf", csv("%PDF-1.4"), "return.fileType"},
                new Object[] {"big.csv", new byte[6 * 1024 * 1024], "return.fileTooLarge"})) {
            assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), (String) file[0], (byte[]) file[1], null, lead))
                    .as((String) file[0]).isInstanceOfSatisfying(ReturnRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(file[2]));
        }
        assertThat(stored(exercise)).isZero();
    }

    @Test
    void theSampleIsReproducibleFromItsSeedAndLabelsAreNeverReused() {
        RecordReadingExercise first = newExercise(4);
        samples.loadPopulation(first.id(), "good.csv", csv(GOOD), null, lead);
        samples.draw(first.id(), "12345", null, lead);
        RecordReadingExercise second = newExercise(4);
        samples.loadPopulation(second.id(), "good.csv", csv(GOOD), null, lead);
        samples.draw(second.id(), "12345", null, lead);
        List<SampledRecord> drawn = exercises.details(first.id(), lead).sample();
        assertThat(drawn).extracting(SampledRecord::label).containsExactly("R01", "R02", "R03", "R04");
        assertThat(exercises.details(second.id(), lead).sample()).extracting(SampledRecord::reference)
                .isEqualTo(drawn.stream().map(SampledRecord::reference).toList());
        assertThat(exercises.get(first.id(), lead).seed()).isEqualTo(12345L);

        RecordReadingExercise now = exercises.get(first.id(), lead);
        assertThatThrownBy(() -> samples.loadPopulation(first.id(), "good.csv", csv(GOOD), null, lead))
                .isInstanceOfSatisfying(ReturnRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("return.sampleDrawn"));
        String out = drawn.get(0).label();
        String in = notSampled(first.id()).get(0);
        assertThatThrownBy(() -> samples.swap(first.id(), out, in, "Record closed, Kayleigh Anderson moved", now.version(), lead))
                .isInstanceOfSatisfying(ExerciseRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sample.reason.personalData"));
        assertThat(samples.swap(first.id(), out, in, "The record is held by another area", now.version(), lead))
                .isEqualTo("R05");
        String another = notSampled(first.id()).get(0);
        assertThatThrownBy(() -> samples.add(first.id(), another, "Stale page", now.version(), lead))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(samples.add(first.id(), another, "A second looked after child", null, lead)).isEqualTo("R06");
        ExerciseDetails details = exercises.details(first.id(), lead);
        assertThat(details.sample()).extracting(SampledRecord::label).containsExactly("R02", "R03", "R04", "R05", "R06");
        assertThat(details.swappedOut()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo(out);
            assertThat(r.replacedBy()).isEqualTo("R05");
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id and action like 'record-reading-sample.%'")
                .param("id", String.valueOf(first.id())).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void onlyLeadsAndAdministratorsRunAnExerciseAndOtherPartnershipsSeeNothing() {
        RecordReadingExercise exercise = newExercise(4);
        for (String person : List.of("demo-contributor", READER)) {
            Authentication who = accounts.actingAs(person);
            assertThat(exercises.get(PARTNERSHIP, exercise.id(), who).id()).isEqualTo(exercise.id());
            assertThat(exercises.mayRun(PARTNERSHIP, who)).as(person).isFalse();
            assertThatThrownBy(() -> samples.loadPopulation(exercise.id(), "good.csv", csv(GOOD), null, who))
                    .as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exercises.create(PARTNERSHIP, new NewExercise(cycle, "X", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 1), 3), who)).as(person).isInstanceOf(AccessDeniedException.class);
        }
        Authentication other = accounts.actingAs("demo-other-lead");
        assertThatThrownBy(() -> exercises.get(exercise.id(), other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exercises.get(999_999_999L, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> samples.draw(exercise.id(), "", null, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exercises.exercises(PARTNERSHIP, other)).isInstanceOf(AccessDeniedException.class);
        Authentication admin = accounts.actingAs("demo-admin");
        assertThat(exercises.mayRun(PARTNERSHIP, admin)).isTrue();
        assertThat(samples.loadPopulation(exercise.id(), "good.csv", csv(GOOD), null, admin)).isEqualTo(8);
        assertThat(samples.draw(exercise.id(), "", null, admin)).isPositive();
        assertThatThrownBy(() -> exercises.create(PARTNERSHIP, new NewExercise(cycle + 100_000, "X",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 3), lead))
                .isInstanceOfSatisfying(ExerciseRejectedException.class, e -> assertThat(e.field()).isEqualTo("cycleId"));
    }

    private List<String> notSampled(long id) {
        return exercises.notSampled(id, lead).stream().map(PopulationRecord::reference).toList();
    }

    private int stored(RecordReadingExercise exercise) {
        return jdbc.sql("select count(*) from record_reading_population where exercise_id = :id")
                .param("id", exercise.id()).query(Integer.class).single();
    }
}
