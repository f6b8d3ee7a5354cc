package scot.triangulate.recordreading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import scot.triangulate.partnership.Agency;

/** The record-reading tables: exercises, their populations and their samples. */
@Repository
class ExerciseRepository {

    private static final String EXERCISE = """
            select id, partnership, cycle_id, title, first_reading_day, last_reading_day, target_size, population_file,
                   population_loaded_at, seed, sampled_by, sampled_at, version, created_by, created_at
            from record_reading_exercise
            """;

    private final JdbcClient jdbc;

    ExerciseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String partnership, NewExercise exercise, String by) {
        return jdbc.sql("""
                insert into record_reading_exercise (partnership, cycle_id, title, first_reading_day, last_reading_day,
                    target_size, created_by)
                values (:partnership, :cycle, :title, :first, :last, :target, :by)
                returning id
                """).param("partnership", partnership).param("cycle", exercise.cycleId()).param("title", exercise.title())
                .param("first", exercise.firstReadingDay()).param("last", exercise.lastReadingDay())
                .param("target", exercise.targetSize()).param("by", by).query(Long.class).single();
    }

    Optional<RecordReadingExercise> find(long id) {
        return jdbc.sql(EXERCISE + " where id = :id").param("id", id).query(ExerciseRepository::exercise).optional();
    }

    Optional<String> partnershipOf(long id) {
        return jdbc.sql("select partnership from record_reading_exercise where id = :id").param("id", id)
                .query(String.class).optional();
    }

    List<RecordReadingExercise> forPartnership(String partnership) {
        return jdbc.sql(EXERCISE + " where partnership = :p order by first_reading_day desc, id desc")
                .param("p", partnership).query(ExerciseRepository::exercise).list();
    }

    /** Claims the exercise at the version the person saw, moving it on; false when someone else changed it first. */
    boolean claim(long id, int version) {
        return jdbc.sql("update record_reading_exercise set version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    void replacePopulation(long id, List<PopulationRecord> records, String fileName, String by) {
        jdbc.sql("delete from record_reading_population where exercise_id = :id").param("id", id).update();
        for (PopulationRecord r : records) {
            jdbc.sql("""
                    insert into record_reading_population (exercise_id, reference, agency, category, age_band, row_number)
                    values (:id, :reference, :agency, :category, :age, :row)
                    """).param("id", id).param("reference", r.reference()).param("agency", r.agency().name())
                    .param("category", r.category().name()).param("age", r.ageBand()).param("row", r.row()).update();
        }
        jdbc.sql("""
                update record_reading_exercise set population_file = :file, population_loaded_by = :by,
                    population_loaded_at = now() where id = :id
                """).param("file", fileName).param("by", by).param("id", id).update();
    }

    List<PopulationRecord> population(long id) {
        return jdbc.sql("""
                select reference, agency, category, age_band, row_number from record_reading_population
                where exercise_id = :id order by reference
                """).param("id", id).query((rs, n) -> new PopulationRecord(rs.getString("reference"),
                        Agency.valueOf(rs.getString("agency")), RecordCategory.valueOf(rs.getString("category")),
                        rs.getString("age_band"), rs.getInt("row_number"))).list();
    }

    boolean inPopulation(long id, String reference) {
        return jdbc.sql("select count(*) from record_reading_population where exercise_id = :id and reference = :r")
                .param("id", id).param("r", reference).query(Integer.class).single() > 0;
    }

    void recordSeed(long id, long seed, String by) {
        jdbc.sql("update record_reading_exercise set seed = :seed, sampled_by = :by, sampled_at = now() where id = :id")
                .param("seed", seed).param("by", by).param("id", id).update();
    }

    int lastLabelNumber(long id) {
        return jdbc.sql("select coalesce(max(label_number), 0) from record_reading_sample where exercise_id = :id")
                .param("id", id).query(Integer.class).single();
    }

    void addToSample(long id, int number, String label, String reference, SampledRecord.How how, String reason,
            String by) {
        jdbc.sql("""
                insert into record_reading_sample (exercise_id, label_number, label, reference, how, reason, added_by)
                values (:id, :number, :label, :reference, :how, :reason, :by)
                """).param("id", id).param("number", number).param("label", label).param("reference", reference)
                .param("how", how.name()).param("reason", reason).param("by", by).update();
    }

    void removeFromSample(long id, String label, String reason, String replacedBy, String by) {
        jdbc.sql("""
                update record_reading_sample set removed_at = now(), removed_by = :by, removed_reason = :reason,
                    replaced_by = :replacedBy
                where exercise_id = :id and label = :label and removed_at is null
                """).param("by", by).param("reason", reason).param("replacedBy", replacedBy).param("id", id)
                .param("label", label).update();
    }

    List<SampledRecord> sample(long id) {
        return jdbc.sql("""
                select s.label, s.reference, p.agency, p.category, p.age_band, s.how, s.reason, s.added_by, s.added_at,
                       s.removed_by, s.removed_at, s.removed_reason, s.replaced_by
                from record_reading_sample s
                join record_reading_population p on p.exercise_id = s.exercise_id and p.reference = s.reference
                where s.exercise_id = :id order by s.label_number
                """).param("id", id).query((rs, n) -> new SampledRecord(rs.getString("label"), rs.getString("reference"),
                        Agency.valueOf(rs.getString("agency")), RecordCategory.valueOf(rs.getString("category")),
                        rs.getString("age_band"), SampledRecord.How.valueOf(rs.getString("how")), rs.getString("reason"),
                        rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class), rs.getString("removed_by"),
                        rs.getObject("removed_at", OffsetDateTime.class), rs.getString("removed_reason"),
                        rs.getString("replaced_by"))).list();
    }

    private static RecordReadingExercise exercise(ResultSet rs, int n) throws SQLException {
        return new RecordReadingExercise(rs.getLong("id"), rs.getString("partnership"), rs.getObject("cycle_id", Long.class),
                rs.getString("title"), rs.getObject("first_reading_day", LocalDate.class),
                rs.getObject("last_reading_day", LocalDate.class), rs.getInt("target_size"), rs.getString("population_file"),
                rs.getObject("population_loaded_at", OffsetDateTime.class), rs.getObject("seed", Long.class),
                rs.getString("sampled_by"), rs.getObject("sampled_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
