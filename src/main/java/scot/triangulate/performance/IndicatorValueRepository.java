package scot.triangulate.performance;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Indicator values and their revisions. A new figure for a stored period is a revision, never an overwrite. */
@Repository
class IndicatorValueRepository {

    /** A stored figure before its period is given its indicator's period type. */
    record Row(String partnership, String indicatorCode, LocalDate periodStart, BigDecimal numerator,
            BigDecimal denominator, BigDecimal value, int revision, String recordedBy, java.time.Instant recordedAt) {
    }

    private static final String COLUMNS = """
            partnership, indicator_code, period_start, numerator, denominator, value, revision, recorded_by, recorded_at
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    IndicatorValueRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    List<Row> series(String partnership, String code) {
        return jdbc.sql("select " + COLUMNS + " from indicator_value where partnership = ? and indicator_code = ? order by period_start")
                .params(partnership, code).query(IndicatorValueRepository::row).list();
    }

    /** Only Scotland's own figures, the viewer's, and what other partnerships have shared are ever compared. */
    private static final String COMPARABLE = "(partnership = :viewer or partnership = '" + IndicatorValues.SCOTLAND
            + "' or shared_at is not null)";

    /** The figures a partnership may compare itself with for one indicator: see {@link #COMPARABLE}. */
    List<Row> everyPartnership(String code, String viewer) {
        return jdbc.sql("select " + COLUMNS + " from indicator_value where indicator_code = :code and " + COMPARABLE
                + " order by period_start, partnership")
                .param("code", code).param("viewer", viewer).query(IndicatorValueRepository::row).list();
    }

    /** The comparable figures ({@link #COMPARABLE}) for each (indicator, period) pair given. */
    List<Row> atPeriods(List<String> codes, List<LocalDate> periods, String viewer) {
        return jdbc.sql("select " + COLUMNS + """
                from indicator_value
                where (indicator_code, period_start) in (select * from unnest(:codes::text[], :periods::date[]))
                  and """ + COMPARABLE)
                .param("codes", codes.toArray(String[]::new))
                .param("periods", periods.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("viewer", viewer)
                .query(IndicatorValueRepository::row).list();
    }

    /** Shares every figure of one indicator not yet shared; the number of figures newly shared. */
    int share(String partnership, String code, String by) {
        return jdbc.sql("""
                update indicator_value set shared_at = now(), shared_by = ?
                where partnership = ? and indicator_code = ? and shared_at is null
                """).params(by, partnership, code).update();
    }

    /** How many of a partnership's figures for one indicator are shared, and how many there are. */
    Sharing sharing(String partnership, String code) {
        return jdbc.sql("""
                select count(*) filter (where shared_at is not null), count(*)
                from indicator_value where partnership = ? and indicator_code = ?
                """).params(partnership, code).query((rs, n) -> new Sharing(rs.getInt(1), rs.getInt(2))).single();
    }

    List<Row> partnership(String partnership) {
        return jdbc.sql("select " + COLUMNS + " from indicator_value where partnership = ? order by indicator_code, period_start")
                .param(partnership).query(IndicatorValueRepository::row).list();
    }

    List<Row> revisions(String partnership, String code, LocalDate periodStart) {
        return jdbc.sql("""
                select partnership, indicator_code, period_start, numerator, denominator, value, revision, recorded_by,
                       recorded_at
                from indicator_value_revision
                where partnership = ? and indicator_code = ? and period_start = ?
                order by revision
                """).params(partnership, code, periodStart).query(IndicatorValueRepository::row).list();
    }

    /** The current revision of a figure, 0 when none is stored. */
    int currentRevision(String partnership, String code, LocalDate periodStart) {
        return jdbc.sql("select revision from indicator_value where partnership = ? and indicator_code = ? and period_start = ? for update")
                .params(partnership, code, periodStart).query(Integer.class).optional().orElse(0);
    }

    void store(NewValue value, int revision, String by) {
        jdbc.sql("""
                insert into indicator_value (partnership, indicator_code, period_start, numerator, denominator, value,
                                             revision, recorded_by)
                values (:partnership, :code, :period, :numerator, :denominator, :value, :revision, :by)
                on conflict (partnership, indicator_code, period_start) do update
                set numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value,
                    revision = excluded.revision, recorded_by = excluded.recorded_by, recorded_at = now(),
                    shared_at = null, shared_by = null
                """).paramSource(params(value, revision, by)).update();
        jdbc.sql("""
                insert into indicator_value_revision (partnership, indicator_code, period_start, numerator, denominator,
                                                      value, revision, recorded_by)
                values (:partnership, :code, :period, :numerator, :denominator, :value, :revision, :by)
                """).paramSource(params(value, revision, by)).update();
    }

    private static java.util.Map<String, Object> params(NewValue value, int revision, String by) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("partnership", value.partnership());
        params.put("code", value.indicatorCode());
        params.put("period", value.period().start());
        params.put("numerator", value.numerator());
        params.put("denominator", value.denominator());
        params.put("value", value.value());
        params.put("revision", revision);
        params.put("by", by);
        return params;
    }

    /**
     * Stores a checked import in the current transaction: the rows are copied into a temporary table, then new
     * periods are added and changed figures revised in two statements, so 100,000 rows take well under a second.
     * National statistics come shared ({@code shared}); anything else is shared only when its lead says so.
     */
    ImportResult importValues(List<NewValue> values, String by, boolean shared) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table import_value (
                        partnership text, indicator_code text, period_start date, numerator numeric,
                        denominator numeric, value numeric) on commit drop
                    """);
            StringBuilder copy = new StringBuilder(values.size() * 48);
            for (NewValue v : values) {
                copy.append(v.partnership()).append('\t').append(v.indicatorCode()).append('\t')
                        .append(v.period().start()).append('\t').append(text(v.numerator())).append('\t')
                        .append(text(v.denominator())).append('\t').append(v.value().toPlainString()).append('\n');
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_value from stdin", new StringReader(copy.toString()));
            statement.execute("""
                    create temporary table import_change on commit drop as
                    select i.*, coalesce(v.revision, 0) + 1 as revision, v.revision is not null as revising
                    from import_value i
                    left join indicator_value v using (partnership, indicator_code, period_start)
                    where v.revision is null
                       or (v.numerator, v.denominator, v.value) is distinct from (i.numerator, i.denominator, i.value)
                    """);
            int added;
            int revised;
            try (ResultSet counts = statement.executeQuery(
                    "select count(*) filter (where not revising), count(*) filter (where revising) from import_change")) {
                counts.next();
                added = counts.getInt(1);
                revised = counts.getInt(2);
            }
            try (var insert = connection.prepareStatement("""
                    insert into indicator_value_revision (partnership, indicator_code, period_start, numerator,
                                                          denominator, value, revision, recorded_by)
                    select partnership, indicator_code, period_start, numerator, denominator, value, revision, ?
                    from import_change
                    """)) {
                insert.setString(1, by);
                insert.executeUpdate();
            }
            try (var upsert = connection.prepareStatement("""
                    insert into indicator_value (partnership, indicator_code, period_start, numerator, denominator,
                                                 value, revision, recorded_by, shared_at, shared_by)
                    select partnership, indicator_code, period_start, numerator, denominator, value, revision, ?,
                           case when ? then now() end, case when ? then ? end
                    from import_change
                    on conflict (partnership, indicator_code, period_start) do update
                    set numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value,
                        revision = excluded.revision, recorded_by = excluded.recorded_by, recorded_at = now(),
                        shared_at = excluded.shared_at, shared_by = excluded.shared_by
                    """)) {
                upsert.setString(1, by);
                upsert.setBoolean(2, shared);
                upsert.setBoolean(3, shared);
                upsert.setString(4, by);
                upsert.executeUpdate();
            }
            return new ImportResult(added, revised, values.size() - added - revised);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("import could not be stored", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text format writes a missing value as \N. */
    private static String text(BigDecimal number) {
        return number == null ? "\\N" : number.toPlainString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("partnership"), rs.getString("indicator_code"),
                rs.getObject("period_start", LocalDate.class), rs.getBigDecimal("numerator"),
                rs.getBigDecimal("denominator"), rs.getBigDecimal("value"), rs.getInt("revision"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
