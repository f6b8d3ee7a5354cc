package scot.triangulate.identity;

import java.util.Locale;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling, per username and per source address. Each attempt is counted in one statement before its
 * password is checked, so attempts made in parallel cannot slip past the count. Beyond an allowance each further
 * attempt must wait, 30 seconds and then twice as long as the time before, up to a limit; after an hour without
 * attempts the count starts again. Nothing is locked outright: a stranger can delay a person's sign-in by
 * minutes at most, and API tokens are never affected. Unknown usernames are counted like known ones, so the
 * answers are the same.
 */
@Component
class SignInThrottle {

    private static final String ACCOUNT = "account:";
    private static final String SOURCE = "source:";
    /** The count after this attempt: 1 again after a quiet hour. */
    private static final int FIRST_DELAY_SECONDS = 30;
    private static final String COUNT = "(case when t.last_attempt < now() - interval '1 hour' then 1 else t.attempts + 1 end)";

    private final JdbcClient jdbc;
    private final int perAccount;
    private final int perSource;
    private final int longestDelaySeconds;

    SignInThrottle(JdbcClient jdbc,
            @Value("${triangulate.sign-in.attempts-per-account:5}") int perAccount,
            @Value("${triangulate.sign-in.attempts-per-source:20}") int perSource,
            @Value("${triangulate.sign-in.longest-delay-minutes:15}") int longestDelayMinutes) {
        this.jdbc = jdbc;
        this.perAccount = perAccount;
        this.perSource = perSource;
        this.longestDelaySeconds = longestDelayMinutes * 60;
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return ACCOUNT + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    /**
     * Counts an attempt for the username from the source; empty when either must wait, otherwise the username's
     * count including this attempt.
     */
    OptionalInt attempt(String username, String source) {
        if (count(SOURCE + source, perSource).isEmpty()) {
            return OptionalInt.empty();
        }
        return count(accountKey(username), perAccount);
    }

    /**
     * Counts an attempt at the person's password made while signed in (to create a token or change the password);
     * empty when it must wait. Counted in a transaction of its own, so a refused attempt still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public OptionalInt attemptWhileSignedIn(String username) {
        return count(accountKey(username), perAccount);
    }

    int allowance() {
        return perAccount;
    }

    /** The password was right: the username's count starts again and the source's attempt is not held against it. */
    void succeeded(String username, String source) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key").param("key", accountKey(username)).update();
        jdbc.sql("update sign_in_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = :key")
                .param("key", SOURCE + source).update();
        jdbc.sql("delete from sign_in_throttle where last_attempt < now() - interval '1 day'").update();
    }

    /** An administrator lets the person try again at once. */
    void clear(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key").param("key", accountKey(username)).update();
    }

    private OptionalInt count(String key, int allowance) {
        // The row is locked while it is counted, and an attempt made before not_before changes nothing.
        return jdbc.sql("""
                insert into sign_in_throttle as t (throttle_key, attempts, not_before, last_attempt)
                values (:key, 1, case when :allowance <= 1 then now() + :first * interval '1 second' end, now())
                on conflict (throttle_key) do update
                   set attempts = %1$s,
                       not_before = case when %1$s >= :allowance
                                         then now() + least(:first * power(2, least(%1$s - :allowance, 20)), :longest) * interval '1 second'
                                    end,
                       last_attempt = now()
                 where t.not_before is null or t.not_before <= now()
                returning attempts
                """.formatted(COUNT))
                .param("key", key).param("allowance", allowance).param("first", FIRST_DELAY_SECONDS)
                .param("longest", longestDelaySeconds)
                .query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
