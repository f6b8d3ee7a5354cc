package scot.triangulate.performance;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What charts and summaries are computed from, as version numbers read in one query: each indicator's figures
 * counter (raised by the database on every change to any partnership's figures for it), the partnership's phases and
 * its chosen comparators. A cached result is reused only while these are unchanged. Read them before the data they
 * stand for, so a change made meanwhile can only make the cache recompute, never keep a stale result.
 */
@Repository
class FiguresVersions {

    /** The versions behind one indicator's charts for a partnership. */
    record OfIndicator(long figures, int phases, List<String> chosen) {
    }

    /** The versions behind a partnership's summaries of every indicator: every counter only ever rises, so sums do. */
    record OfPartnership(long figures, long phases) {
    }

    private final JdbcClient jdbc;

    FiguresVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OfIndicator of(String partnership, String code) {
        return jdbc.sql("""
                select coalesce((select version from indicator_figures_version where indicator_code = :code), 0) as figures,
                       coalesce((select version from indicator_phases
                                  where partnership = :partnership and indicator_code = :code), 0) as phases,
                       array(select compared_with from comparator_choice
                              where partnership = :partnership order by compared_with) as chosen
                """).param("partnership", partnership).param("code", code)
                .query((rs, n) -> new OfIndicator(rs.getLong("figures"), rs.getInt("phases"),
                        Arrays.asList((String[]) rs.getArray("chosen").getArray())))
                .single();
    }

    OfPartnership of(String partnership) {
        return jdbc.sql("""
                select coalesce((select sum(version) from indicator_figures_version), 0) as figures,
                       coalesce((select sum(version) from indicator_phases where partnership = :partnership), 0) as phases
                """).param("partnership", partnership)
                .query((rs, n) -> new OfPartnership(rs.getLong("figures"), rs.getLong("phases")))
                .single();
    }
}
