package scot.triangulate.performance;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents an indicator's charts were published as, newest last. */
@Repository
class IndicatorPublications {

    private final JdbcClient jdbc;

    IndicatorPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String partnership, String code, int documentNumber) {
        jdbc.sql("""
                insert into indicator_publication (partnership, indicator_code, document_number)
                values (?, ?, ?) on conflict do nothing
                """).params(partnership, code, documentNumber).update();
    }

    /** The document number of the latest publication of an indicator's charts, if it was ever published. */
    Optional<Integer> latest(String partnership, String code) {
        return jdbc.sql("""
                select document_number from indicator_publication where partnership = ? and indicator_code = ?
                order by published_at desc, document_number desc limit 1
                """).params(partnership, code).query(Integer.class).optional();
    }
}
