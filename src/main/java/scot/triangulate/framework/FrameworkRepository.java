package scot.triangulate.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Summary(String id, String title, String version, String publisher, boolean builtIn) {
    }

    record Stored(String checksum, String document) {
    }

    record Passage(String frameworkId, String indicatorCode, String keyAreaCode, String part, int ordinal, String body) {
    }

    record Match(String frameworkId, String frameworkTitle, String indicatorCode, String keyAreaCode, String part,
            String headline, float rank) {
    }

    List<Summary> summaries() {
        return jdbc.sql("select id, title, version, publisher, built_in from framework order by id")
                .query(Summary.class)
                .list();
    }

    Optional<String> checksum(String id) {
        return jdbc.sql("select checksum from framework where id = :id").param("id", id).query(String.class).optional();
    }

    Optional<Stored> stored(String id) {
        return jdbc.sql("select checksum, document::text as document from framework where id = :id")
                .param("id", id)
                .query(Stored.class)
                .optional();
    }

    /** A digest of every stored framework and scale: it changes whenever any of them is added or replaced. */
    String version() {
        return jdbc.sql("""
                select md5(coalesce((select string_agg(id || ':' || checksum, ',' order by id) from framework), '')
                           || '|' || coalesce((select string_agg(id || ':' || md5(document::text), ',' order by id)
                                                 from evaluation_scale), ''))
                """).query(String.class).single();
    }

    boolean exists(String id) {
        return checksum(id).isPresent();
    }

    void save(Framework framework, String checksum, String document, boolean builtIn, String importedBy) {
        jdbc.sql("""
                insert into framework (id, title, version, publisher, built_in, checksum, document, imported_by)
                values (:id, :title, :version, :publisher, :builtIn, :checksum, cast(:document as jsonb), :importedBy)
                on conflict (id) do update
                   set title = excluded.title, version = excluded.version, publisher = excluded.publisher,
                       built_in = excluded.built_in, checksum = excluded.checksum, document = excluded.document,
                       imported_by = excluded.imported_by, imported_at = now()
                """)
                .param("id", framework.id())
                .param("title", framework.title())
                .param("version", framework.version())
                .param("publisher", framework.publisher())
                .param("builtIn", builtIn)
                .param("checksum", checksum)
                .param("document", document)
                .param("importedBy", importedBy)
                .update();
        jdbc.sql("delete from framework_passage where framework_id = :id").param("id", framework.id()).update();
    }

    void savePassages(List<Passage> passages) {
        for (Passage passage : passages) {
            jdbc.sql("""
                    insert into framework_passage (framework_id, indicator_code, key_area_code, part, ordinal, body)
                    values (:frameworkId, :indicatorCode, :keyAreaCode, :part, :ordinal, :body)
                    """)
                    .param("frameworkId", passage.frameworkId())
                    .param("indicatorCode", passage.indicatorCode())
                    .param("keyAreaCode", passage.keyAreaCode())
                    .param("part", passage.part())
                    .param("ordinal", passage.ordinal())
                    .param("body", passage.body())
                    .update();
        }
    }

    void saveScale(String id, String document) {
        jdbc.sql("""
                insert into evaluation_scale (id, document) values (:id, cast(:document as jsonb))
                on conflict (id) do update set document = excluded.document
                """)
                .param("id", id)
                .param("document", document)
                .update();
    }

    List<String> scaleDocuments() {
        return jdbc.sql("select document::text from evaluation_scale order by id").query(String.class).list();
    }

    /**
     * Full-text search over every passage of framework text (PostgreSQL {@code websearch_to_tsquery}),
     * best matches first. Matched words are wrapped in the private-use characters U+E000 and U+E001, which
     * the caller turns into highlighting after escaping the text.
     */
    List<Match> search(String query, String frameworkId, int limit) {
        return jdbc.sql("""
                select p.framework_id, f.title as framework_title, p.indicator_code, p.key_area_code, p.part,
                       ts_headline('english', p.body, q,
                                   'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                                   || ', MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "') as headline,
                       ts_rank(p.search_vector, q) as rank
                  from framework_passage p
                  join framework f on f.id = p.framework_id,
                       websearch_to_tsquery('english', :query) q
                 where p.search_vector @@ q
                   and (cast(:frameworkId as text) is null or p.framework_id = :frameworkId)
                 order by rank desc, p.framework_id, p.id
                 limit :limit
                """)
                .param("query", query)
                .param("frameworkId", frameworkId)
                .param("limit", limit)
                .query(Match.class)
                .list();
    }
}
