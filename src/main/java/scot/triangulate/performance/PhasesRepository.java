package scot.triangulate.performance;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PhasesRepository {

    private final JdbcClient jdbc;

    PhasesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Phases find(String partnership, String code) {
        return jdbc.sql("""
                select baseline_from, baseline_to, change_points, version
                from indicator_phases where partnership = ? and indicator_code = ?
                """).params(partnership, code).query((rs, n) -> new Phases(
                        rs.getObject("baseline_from", LocalDate.class), rs.getObject("baseline_to", LocalDate.class),
                        dates(rs.getArray("change_points")), rs.getInt("version")))
                .optional().orElse(Phases.NONE);
    }

    /** Every indicator's phases for a partnership, by indicator code. */
    java.util.Map<String, Phases> all(String partnership) {
        java.util.Map<String, Phases> byCode = new java.util.HashMap<>();
        jdbc.sql("""
                select indicator_code, baseline_from, baseline_to, change_points, version
                from indicator_phases where partnership = ?
                """).param(partnership).query((rs, n) -> byCode.put(rs.getString("indicator_code"), new Phases(
                        rs.getObject("baseline_from", LocalDate.class), rs.getObject("baseline_to", LocalDate.class),
                        dates(rs.getArray("change_points")), rs.getInt("version")))).list();
        return byCode;
    }

    /** Saves if nobody has since the version read; false when someone has. */
    boolean save(String partnership, String code, Phases phases) {
        Date[] points = phases.changePoints().stream().map(Date::valueOf).toArray(Date[]::new);
        if (phases.version() == 0) {
            return jdbc.sql("""
                    insert into indicator_phases (partnership, indicator_code, baseline_from, baseline_to, change_points, version)
                    values (?, ?, ?, ?, ?, 1) on conflict do nothing
                    """).params(partnership, code, phases.baselineFrom(), phases.baselineTo(), points).update() == 1;
        }
        return jdbc.sql("""
                update indicator_phases set baseline_from = ?, baseline_to = ?, change_points = ?, version = version + 1
                where partnership = ? and indicator_code = ? and version = ?
                """).params(phases.baselineFrom(), phases.baselineTo(), points, partnership, code, phases.version())
                .update() == 1;
    }

    private static List<LocalDate> dates(Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(d -> ((Date) d).toLocalDate()).toList();
    }
}
