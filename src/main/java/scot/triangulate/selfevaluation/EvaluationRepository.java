package scot.triangulate.selfevaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long cycleId, String indicatorCode, String howGoodNow, String howDoWeKnow, String whatNext,
            String strengths, String areasForImprovement, String contextualChallenges, Integer grade,
            String gradeRationale, int version, String updatedBy, java.time.OffsetDateTime updatedAt) {
    }

    record CitationRow(int evidenceNumber, String point) {
    }

    private static final String ROW = """
            select id, cycle_id, indicator_code, how_good_now, how_do_we_know, what_next, strengths,
                   areas_for_improvement, contextual_challenges, grade, grade_rationale, version, updated_by, updated_at
              from evaluation
            """;

    Optional<Row> find(long cycleId, String code) {
        return jdbc.sql(ROW + " where cycle_id = :c and indicator_code = :code").param("c", cycleId).param("code", code)
                .query(Row.class).optional();
    }

    List<Row> forCycle(long cycleId) {
        return jdbc.sql(ROW + " where cycle_id = :c order by id").param("c", cycleId).query(Row.class).list();
    }

    /** Saves the answers if nobody has saved since {@code version}; false otherwise. */
    boolean saveAnswers(long id, Answers answers, int version, String by) {
        return jdbc.sql("""
                update evaluation set how_good_now = :now, how_do_we_know = :know, what_next = :next,
                       strengths = :strengths, areas_for_improvement = :areas, contextual_challenges = :challenges,
                       version = version + 1, updated_by = :by, updated_at = now()
                 where id = :id and version = :version
                """)
                .param("now", answers.howGoodNow()).param("know", answers.howDoWeKnow()).param("next", answers.whatNext())
                .param("strengths", answers.strengths()).param("areas", answers.areasForImprovement())
                .param("challenges", answers.contextualChallenges()).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean saveGrade(long id, Integer grade, String rationale, int version, String by) {
        return jdbc.sql("""
                update evaluation set grade = :grade, grade_rationale = :rationale, version = version + 1,
                       updated_by = :by, updated_at = now()
                 where id = :id and version = :version
                """).param("grade", grade).param("rationale", rationale).param("by", by).param("id", id)
                .param("version", version).update() == 1;
    }

    void bumpVersion(long id, String by) {
        jdbc.sql("update evaluation set version = version + 1, updated_by = :by, updated_at = now() where id = :id")
                .param("by", by).param("id", id).update();
    }

    List<CitationRow> citations(long evaluationId) {
        return jdbc.sql("select evidence_number, point from evaluation_citation where evaluation_id = :e order by evidence_number")
                .param("e", evaluationId).query(CitationRow.class).list();
    }

    void replaceCitations(long evaluationId, List<CitationRow> citations) {
        jdbc.sql("delete from evaluation_citation where evaluation_id = :e").param("e", evaluationId).update();
        for (CitationRow citation : citations) {
            addCitation(evaluationId, citation.evidenceNumber(), citation.point());
        }
    }

    void addCitation(long evaluationId, int number, String point) {
        jdbc.sql("""
                insert into evaluation_citation (evaluation_id, evidence_number, point) values (:e, :n, :point)
                on conflict (evaluation_id, evidence_number) do update set point = excluded.point
                """).param("e", evaluationId).param("n", number).param("point", point).update();
    }

    boolean removeCitation(long evaluationId, int number) {
        return jdbc.sql("delete from evaluation_citation where evaluation_id = :e and evidence_number = :n")
                .param("e", evaluationId).param("n", number).update() == 1;
    }

    List<PerspectiveGrade> perspectiveGrades(long evaluationId) {
        return jdbc.sql("""
                select perspective, grade, rationale, graded_by, graded_at from perspective_grade
                 where evaluation_id = :e order by perspective
                """).param("e", evaluationId).query(PerspectiveGrade.class).list();
    }

    void savePerspectiveGrade(long evaluationId, String perspective, int grade, String rationale, String by) {
        jdbc.sql("""
                insert into perspective_grade (evaluation_id, perspective, grade, rationale, graded_by)
                values (:e, :p, :g, :r, :by)
                on conflict (evaluation_id, perspective) do update
                   set grade = excluded.grade, rationale = excluded.rationale, graded_by = excluded.graded_by, graded_at = now()
                """).param("e", evaluationId).param("p", perspective).param("g", grade).param("r", rationale).param("by", by)
                .update();
    }
}
