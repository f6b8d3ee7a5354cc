package scot.triangulate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.triangulate.IntegrationTest;

@IntegrationTest
class AuditLogTest {

    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void recordsWhoWhatBeforeAndAfter() {
        audit.record("test.changed", "thing", "t-1", "clackmannanshire", Map.of("name", "old"), Map.of("name", "new"));
        AuditEntry entry = audit.latestForPartnership("clackmannanshire", 1).get(0);
        assertThat(entry.action()).isEqualTo("test.changed");
        assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM);
        assertThat(entry.beforeState()).contains("\"old\"");
        assertThat(entry.afterState()).contains("\"new\"");
        assertThat(entry.occurredAt()).isNotNull();
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        audit.record("test.kept", "thing", "t-2", null, null, Map.of("kept", true));
        long id = audit.latest(1).get(0).id();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(audit.latest(1).get(0).id()).isEqualTo(id);
    }

    @Test
    void aPartnershipsRecordHoldsOnlyItsOwnEntries() {
        audit.record("test.elsewhere", "thing", "t-3", "stirling", null, null);
        assertThat(audit.latestForPartnership("clackmannanshire", 200)).noneMatch(e -> "stirling".equals(e.partnership()));
    }
}
