package scot.triangulate.evidence;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This running instance, as the extraction queue knows it: a random key held as a PostgreSQL session advisory lock
 * for as long as the instance runs. PostgreSQL drops the lock the moment the instance's connection ends (a crash, a
 * kill -9), so a job claimed under a key nobody holds belongs to an instance that has stopped.
 */
@Component
class WorkerInstance implements DisposableBean {

    /** The first half of every instance's advisory lock key, keeping them apart from any other use of such locks. */
    static final int LOCK_SPACE = 7_406_121;

    private final Connection session;
    private final int key;

    WorkerInstance(DataSource dataSource) throws SQLException {
        this.session = dataSource.getConnection();
        this.key = lockFreshKey();
    }

    int key() {
        return key;
    }

    private int lockFreshKey() throws SQLException {
        SecureRandom random = new SecureRandom();
        try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            for (int attempt = 0; attempt < 10; attempt++) {
                int candidate = 1 + random.nextInt(Integer.MAX_VALUE - 1);
                lock.setInt(1, LOCK_SPACE);
                lock.setInt(2, candidate);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IllegalStateException("No free extraction worker key");
    }

    @Override
    public void destroy() throws SQLException {
        try (PreparedStatement unlock = session.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_SPACE);
            unlock.setInt(2, key);
            unlock.execute();
        } finally {
            session.close();
        }
    }
}
