package scot.triangulate.selfevaluation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

    private static final String CYCLE = """
            select id, partnership, framework_id, title, due_date, indicators, perspective, created_by, created_at from cycle
            """;

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String partnership, String frameworkId, String title, LocalDate dueDate, List<String> indicators,
            PerspectiveKind perspective, String createdBy) {
        long id = jdbc.sql("""
                insert into cycle (partnership, framework_id, title, due_date, indicators, perspective, created_by)
                values (:p, :f, :t, :d, cast(:i as text[]), :perspective, :by) returning id
                """)
                .param("p", partnership).param("f", frameworkId).param("t", title).param("d", dueDate)
                .param("i", "{" + String.join(",", indicators.stream().map(c -> "\"" + c + "\"").toList()) + "}")
                .param("perspective", perspective.name()).param("by", createdBy)
                .query(Long.class).single();
        for (String code : indicators) {
            jdbc.sql("insert into evaluation (cycle_id, indicator_code) values (:c, :code)").param("c", id).param("code", code).update();
        }
        return id;
    }

    Optional<Cycle> find(long id) {
        return jdbc.sql(CYCLE + " where id = :id").param("id", id).query(CycleRepository::cycle).optional();
    }

    List<Cycle> forPartnership(String partnership) {
        return jdbc.sql(CYCLE + " where partnership = :p order by created_at desc, id desc").param("p", partnership)
                .query(CycleRepository::cycle).list();
    }

    Optional<String> partnershipOf(long id) {
        return jdbc.sql("select partnership from cycle where id = :id").param("id", id).query(String.class).optional();
    }

    private static Cycle cycle(ResultSet rs, int row) throws SQLException {
        Array indicators = rs.getArray("indicators");
        return new Cycle(rs.getLong("id"), rs.getString("partnership"), rs.getString("framework_id"), rs.getString("title"),
                rs.getObject("due_date", LocalDate.class), Arrays.asList((String[]) indicators.getArray()),
                PerspectiveKind.valueOf(rs.getString("perspective")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
