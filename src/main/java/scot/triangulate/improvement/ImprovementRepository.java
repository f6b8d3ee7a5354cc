package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import scot.triangulate.partnership.Agency;

/** The improvement module's own tables: actions and their PDSA cycles. */
@Repository
class ImprovementRepository {

    /** An action as stored, before its PDSA cycles and SMART check are added. */
    record Row(long id, long cycleId, String partnership, String description, String ownerName, Agency ownerAgency,
            String ownerAgencyName, LocalDate dueDate, String indicatorCode, BigDecimal baseline, BigDecimal target,
            String qualityIndicator, String areaIndicator, String areaText, ActionStatus status, int version,
            String createdBy, LocalDate createdOn, String updatedBy, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            id, cycle_id, partnership, description, owner_name, owner_agency, owner_agency_name, due_date,
            indicator_code, baseline, target, quality_indicator, area_indicator, area_text, status, version,
            created_by, (created_at at time zone 'Europe/London')::date as created_on, updated_by, updated_at
            """;

    private final JdbcClient jdbc;

    ImprovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> actions(long cycleId) {
        return jdbc.sql("select " + COLUMNS + " from improvement_action where cycle_id = :cycle order by id")
                .param("cycle", cycleId).query(ImprovementRepository::row).list();
    }

    Optional<Row> action(long cycleId, long id) {
        return jdbc.sql("select " + COLUMNS + " from improvement_action where cycle_id = :cycle and id = :id")
                .param("cycle", cycleId).param("id", id).query(ImprovementRepository::row).optional();
    }

    long insert(long cycleId, String partnership, ActionDetails d, String by) {
        return jdbc.sql("""
                insert into improvement_action (cycle_id, partnership, description, owner_name, owner_agency,
                    owner_agency_name, due_date, indicator_code, baseline, target, quality_indicator, area_indicator,
                    area_text, status, created_by)
                values (:cycle, :partnership, :description, :ownerName, :ownerAgency, :ownerAgencyName, :dueDate,
                    :indicator, :baseline, :target, :qi, :areaIndicator, :areaText, :status, :by)
                returning id
                """).param("cycle", cycleId).param("partnership", partnership).params(details(d)).param("by", by)
                .query(Long.class).single();
    }

    /** Saves only if nobody has saved since {@code version} was read. */
    boolean update(long id, ActionDetails d, int version, String by) {
        return jdbc.sql("""
                update improvement_action set description = :description, owner_name = :ownerName,
                    owner_agency = :ownerAgency, owner_agency_name = :ownerAgencyName, due_date = :dueDate,
                    indicator_code = :indicator, baseline = :baseline, target = :target, quality_indicator = :qi,
                    area_indicator = :areaIndicator, area_text = :areaText, status = :status,
                    version = version + 1, updated_by = :by, updated_at = now()
                where id = :id and version = :version
                """).params(details(d)).param("id", id).param("version", version).param("by", by).update() == 1;
    }

    List<PdsaCycle> pdsaCycles(long actionId) {
        return jdbc.sql("""
                select action_id, number, plan, do_text, study, act, start_date, end_date, version, updated_by, updated_at
                from pdsa_cycle where action_id = :action order by number
                """).param("action", actionId).query(ImprovementRepository::pdsaRow).list();
    }

    /**
     * Locks the action's row until the transaction ends, so PDSA cycles added to it at the same moment are numbered
     * one after another rather than all taking the same next number.
     */
    void lockAction(long actionId) {
        jdbc.sql("select id from improvement_action where id = :id for update").param("id", actionId).query(Long.class).optional();
    }

    /** Numbers the new cycle after the action's last, with the action locked (see {@link #lockAction}). */
    int insertPdsa(long actionId, PdsaDetails d, String by) {
        return jdbc.sql("""
                insert into pdsa_cycle (action_id, number, plan, do_text, study, act, start_date, end_date, updated_by)
                select :action, coalesce(max(number), 0) + 1, :plan, :doing, :study, :act, :start, :end, :by
                from pdsa_cycle where action_id = :action
                returning number
                """).param("action", actionId).params(pdsa(d)).param("by", by).query(Integer.class).single();
    }

    boolean updatePdsa(long actionId, int number, PdsaDetails d, int version, String by) {
        return jdbc.sql("""
                update pdsa_cycle set plan = :plan, do_text = :doing, study = :study, act = :act, start_date = :start,
                    end_date = :end, version = version + 1, updated_by = :by, updated_at = now()
                where action_id = :action and number = :number and version = :version
                """).params(pdsa(d)).param("action", actionId).param("number", number).param("version", version)
                .param("by", by).update() == 1;
    }

    private static java.util.Map<String, Object> details(ActionDetails d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("description", d.description());
        p.put("ownerName", d.ownerName() == null ? "" : d.ownerName());
        p.put("ownerAgency", d.ownerAgency() == null ? null : d.ownerAgency().name());
        p.put("ownerAgencyName", d.ownerAgencyName());
        p.put("dueDate", d.dueDate());
        p.put("indicator", d.indicatorCode());
        p.put("baseline", d.baseline());
        p.put("target", d.target());
        p.put("qi", d.qualityIndicator());
        p.put("areaIndicator", d.areaIndicator());
        p.put("areaText", d.areaText());
        p.put("status", (d.status() == null ? ActionStatus.NOT_STARTED : d.status()).name());
        return p;
    }

    private static java.util.Map<String, Object> pdsa(PdsaDetails d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("plan", d.plan());
        p.put("doing", d.doing());
        p.put("study", d.study());
        p.put("act", d.act());
        p.put("start", d.startDate());
        p.put("end", d.endDate());
        return p;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String agency = rs.getString("owner_agency");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Row(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("partnership"), rs.getString("description"),
                rs.getString("owner_name"), agency == null ? null : Agency.valueOf(agency), rs.getString("owner_agency_name"),
                date(rs.getDate("due_date")), rs.getString("indicator_code"), rs.getBigDecimal("baseline"),
                rs.getBigDecimal("target"), rs.getString("quality_indicator"), rs.getString("area_indicator"),
                rs.getString("area_text"), ActionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getString("created_by"), date(rs.getDate("created_on")), rs.getString("updated_by"),
                updated == null ? null : updated.toInstant());
    }

    private static PdsaCycle pdsaRow(ResultSet rs, int n) throws SQLException {
        return new PdsaCycle(rs.getLong("action_id"), rs.getInt("number"), rs.getString("plan"), rs.getString("do_text"),
                rs.getString("study"), rs.getString("act"), date(rs.getDate("start_date")), date(rs.getDate("end_date")),
                rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
