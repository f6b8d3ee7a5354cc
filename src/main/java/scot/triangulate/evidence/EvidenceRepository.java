package scot.triangulate.evidence;

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
import scot.triangulate.partnership.Agency;

@Repository
class EvidenceRepository {

    /** An item's status follows from its current version: extraction, then any uncleared screening finding. */
    static final String STATUS = """
            case when v.extraction_status = 'PENDING' then 'PROCESSING'
                 when v.extraction_status = 'FAILED' then 'FAILED'
                 when exists (select 1 from screening_finding f where f.version_id = v.id and f.cleared_at is null) then 'HELD'
                 else 'CLEARED' end
            """;

    static final String COLUMNS = """
            select i.id, i.partnership, i.number, i.title, i.description, i.agency, i.document_date, i.source_type,
                   i.indicator_codes, i.core_category, v.version_number, v.file_name, v.size_bytes, v.url,
                   v.extraction_problem, i.created_by, i.created_at, v.uploaded_at, i.details_version,
            """ + STATUS + " as status ";

    static final String FROM = """
              from evidence_item i
              join evidence_version v on v.id = i.current_version_id
            """;

    static final String ITEM = COLUMNS + FROM;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number in the partnership's log; the row lock makes concurrent additions wait their turn. */
    int nextNumber(String partnership) {
        jdbc.sql("insert into evidence_log (partnership) values (:p) on conflict do nothing").param("p", partnership).update();
        return jdbc.sql("update evidence_log set last_number = last_number + 1 where partnership = :p returning last_number")
                .param("p", partnership).query(Integer.class).single();
    }

    long insertItem(String partnership, int number, NewEvidence evidence, String createdBy) {
        return jdbc.sql("""
                insert into evidence_item (partnership, number, title, description, agency, document_date, source_type,
                                           indicator_codes, core_category, created_by)
                values (:partnership, :number, :title, :description, :agency, :documentDate, :sourceType,
                        cast(:indicators as text[]), :coreCategory, :createdBy)
                returning id
                """)
                .param("partnership", partnership)
                .param("number", number)
                .param("title", evidence.title())
                .param("description", evidence.description() == null ? "" : evidence.description())
                .param("agency", evidence.agency().name())
                .param("documentDate", evidence.documentDate())
                .param("sourceType", evidence.sourceType().name())
                .param("indicators", textArray(evidence.indicators()))
                .param("coreCategory", evidence.coreCategory() == null ? null : evidence.coreCategory().name())
                .param("createdBy", createdBy)
                .query(Long.class).single();
    }

    /** Replaces the item's details as read at {@code detailsVersion}; false if someone has changed them since. */
    boolean updateDetails(long itemId, EvidenceDetails details, int detailsVersion) {
        return jdbc.sql("""
                update evidence_item
                   set title = :title, description = :description, agency = :agency, document_date = :documentDate,
                       source_type = :sourceType, indicator_codes = cast(:indicators as text[]),
                       core_category = :coreCategory, details_version = details_version + 1
                 where id = :id and details_version = :version
                """)
                .param("title", details.title())
                .param("description", details.description() == null ? "" : details.description())
                .param("agency", details.agency().name())
                .param("documentDate", details.documentDate())
                .param("sourceType", details.sourceType().name())
                .param("indicators", textArray(details.indicators()))
                .param("coreCategory", details.coreCategory() == null ? null : details.coreCategory().name())
                .param("id", itemId).param("version", detailsVersion)
                .update() == 1;
    }

    /** Drops the uncleared findings on one field of a version, before that field's new text is screened. */
    void deleteOpenFieldFindings(long versionId, String field) {
        jdbc.sql("delete from screening_finding where version_id = :v and field = :field and cleared_at is null")
                .param("v", versionId).param("field", field).update();
    }

    void saveStoredFile(String sha256, long size, String contentType) {
        jdbc.sql("insert into stored_file (sha256, size_bytes, content_type) values (:sha, :size, :type) on conflict do nothing")
                .param("sha", sha256).param("size", size).param("type", contentType).update();
    }

    long insertVersion(long itemId, String sha256, String fileName, String contentType, Long size, String url,
            String extractionStatus, String uploadedBy) {
        long id = jdbc.sql("""
                insert into evidence_version (item_id, version_number, file_sha256, file_name, content_type, size_bytes, url,
                                              extraction_status, uploaded_by)
                values (:itemId, coalesce((select max(version_number) from evidence_version where item_id = :itemId), 0) + 1,
                        :sha, :fileName, :contentType, :size, :url, :status, :uploadedBy)
                returning id
                """)
                .param("itemId", itemId).param("sha", sha256).param("fileName", fileName).param("contentType", contentType)
                .param("size", size).param("url", url).param("status", extractionStatus).param("uploadedBy", uploadedBy)
                .query(Long.class).single();
        jdbc.sql("update evidence_item set current_version_id = :v where id = :i").param("v", id).param("i", itemId).update();
        return id;
    }

    void queueExtraction(long versionId) {
        jdbc.sql("insert into extraction_job (version_id) values (:v)").param("v", versionId).update();
    }

    void insertFinding(long versionId, String kind, Integer page, Integer line, String field, String excerpt) {
        jdbc.sql("""
                insert into screening_finding (version_id, kind, page, line, field, excerpt)
                values (:v, :kind, :page, :line, :field, :excerpt)
                """)
                .param("v", versionId).param("kind", kind).param("page", page).param("line", line).param("field", field)
                .param("excerpt", excerpt).update();
    }

    /** Rebuilds the item's search vector from its title, description and current version's text. */
    void reindex(long itemId) {
        jdbc.sql("""
                update evidence_item i
                   set search_vector = setweight(to_tsvector('english', i.title), 'A')
                                    || setweight(to_tsvector('english', i.description), 'B')
                                    || setweight(to_tsvector('english', left(coalesce(v.extracted_text, ''), 400000)), 'C')
                  from evidence_version v
                 where v.id = i.current_version_id and i.id = :id
                """).param("id", itemId).update();
    }

    Optional<EvidenceItem> find(String partnership, int number) {
        return jdbc.sql(ITEM + " where i.partnership = :p and i.number = :n")
                .param("p", partnership).param("n", number).query(EvidenceRepository::item).optional();
    }

    List<EvidenceItem> log(String partnership) {
        return jdbc.sql(ITEM + " where i.partnership = :p order by i.number").param("p", partnership)
                .query(EvidenceRepository::item).list();
    }

    Optional<Integer> numberHoldingFile(String partnership, String sha256) {
        return jdbc.sql("""
                select i.number from evidence_item i join evidence_version v on v.item_id = i.id
                 where i.partnership = :p and v.file_sha256 = :sha order by i.number limit 1
                """).param("p", partnership).param("sha", sha256).query(Integer.class).optional();
    }

    List<EvidenceVersion> versions(long itemId) {
        return jdbc.sql("""
                select v.id, v.version_number, v.file_name, v.content_type, v.size_bytes, v.url, v.file_sha256 as sha256,
                       v.extraction_status, v.extraction_problem, v.page_count, v.uploaded_by, v.uploaded_at,
                       exists (select 1 from screening_finding f where f.version_id = v.id and f.cleared_at is null) as held,
                       e.erased_by, e.erased_at, e.reason as erasure_reason
                  from evidence_version v left join evidence_erasure e on e.version_id = v.id
                 where v.item_id = :id order by v.version_number desc
                """).param("id", itemId).query(EvidenceVersion.class).list();
    }

    Optional<EvidenceVersion> version(long itemId, int versionNumber) {
        return versions(itemId).stream().filter(v -> v.versionNumber() == versionNumber).findFirst();
    }

    long currentVersionId(long itemId) {
        return jdbc.sql("select current_version_id from evidence_item where id = :id").param("id", itemId)
                .query(Long.class).single();
    }

    List<ScreeningFinding> findings(long versionId) {
        return jdbc.sql("""
                select id, kind, page, line, field, excerpt, cleared_by, cleared_at, cleared_reason
                  from screening_finding where version_id = :v order by page nulls first, line nulls first, id
                """).param("v", versionId).query(ScreeningFinding.class).list();
    }

    /** Clears a finding of the item's current version; false if there is no such uncleared finding. */
    boolean clearFinding(long itemId, long findingId, String clearedBy, String reason) {
        return jdbc.sql("""
                update screening_finding f set cleared_by = :by, cleared_at = now(), cleared_reason = :reason
                  from evidence_item i
                 where f.id = :finding and i.id = :item and f.version_id = i.current_version_id and f.cleared_at is null
                """).param("by", clearedBy).param("reason", reason).param("finding", findingId).param("item", itemId)
                .update() == 1;
    }

    private static final String FILTERS = """
               and (cast(:sourceType as text) is null or i.source_type = :sourceType)
               and (cast(:indicator as text) is null or i.indicator_codes @> array[cast(:indicator as text)])
               and (cast(:agency as text) is null or i.agency = :agency)
               and (cast(:from as date) is null or i.document_date >= :from)
               and (cast(:to as date) is null or i.document_date <= :to)
               and (cast(:status as text) is null or (select
            """ + STATUS + """
                      from evidence_version v where v.id = i.current_version_id) = :status)
            """;

    /**
     * Full-text search, best matches first: ranks every match, keeps the best {@code limit}, and only then builds
     * their highlighted snippets (ts_headline is the costly part). Without words, the filters alone, in log order.
     */
    List<EvidenceSearchResult> search(String partnership, EvidenceSearch search, int limit) {
        String sql = search.hasQuery()
                ? """
                  with query as (select websearch_to_tsquery('english', :q) as q),
                  best as (
                    select i.id, ts_rank(i.search_vector, query.q) as rank
                      from evidence_item i, query
                     where i.partnership = :p and i.search_vector @@ query.q
                  """ + FILTERS + """
                     order by rank desc, i.number
                     limit :limit)
                  """ + COLUMNS + """
                       , ts_headline('english', i.title || E'\n' || i.description || E'\n'
                                     || left(coalesce(v.extracted_text, ''), 20000), query.q,
                                     'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                                     || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                    from best join evidence_item i on i.id = best.id
                    join evidence_version v on v.id = i.current_version_id, query
                   order by best.rank desc, i.number
                  """
                : COLUMNS + ", null as snippet " + FROM + " where i.partnership = :p " + FILTERS + " order by i.number limit :limit";
        return jdbc.sql(sql)
                .param("p", partnership)
                .param("q", search.hasQuery() ? search.query().strip() : null)
                .param("sourceType", search.sourceType() == null ? null : search.sourceType().name())
                .param("indicator", blankToNull(search.indicator()))
                .param("agency", search.agency() == null ? null : search.agency().name())
                .param("from", search.from())
                .param("to", search.to())
                .param("status", search.status() == null ? null : search.status().name())
                .param("limit", limit)
                .query((rs, row) -> new EvidenceSearchResult(item(rs, row), rs.getString("snippet")))
                .list();
    }

    long heldCount(String partnership) {
        return jdbc.sql("select count(*) from (select " + STATUS + " as status " + FROM
                        + " where i.partnership = :p) items where status = 'HELD'")
                .param("p", partnership).query(Long.class).single();
    }

    static EvidenceItem item(ResultSet rs, int row) throws SQLException {
        String core = rs.getString("core_category");
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new EvidenceItem(rs.getLong("id"), rs.getString("partnership"), rs.getInt("number"), rs.getString("title"),
                rs.getString("description"), Agency.valueOf(rs.getString("agency")),
                rs.getObject("document_date", LocalDate.class), SourceType.valueOf(rs.getString("source_type")),
                strings(rs.getArray("indicator_codes")), core == null ? null : CoreDocumentCategory.valueOf(core),
                EvidenceStatus.valueOf(rs.getString("status")), rs.getInt("version_number"), rs.getString("file_name"),
                sizeBytes, rs.getString("url"), rs.getString("extraction_problem"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getInt("details_version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String textArray(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
