package id.rantai.api.auth;

import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The failed-login counts of {@link LoginThrottle} in PostgreSQL ({@code login_throttle}), shared by every instance.
 * A count is one row per key; concurrent failures on several instances serialise on the row.
 */
@Singleton
class LoginFailures {

    private final Sql sql;

    LoginFailures(Sql sql) {
        this.sql = sql;
    }

    /**
     * Counts one more failure for {@code key} at {@code now}, starting afresh when the last one was before
     * {@code forgetBefore}, and locks the key until the time {@code lockout} gives for the new count (if any).
     * Returns the new count.
     */
    @Transactional
    public int add(String key, Instant now, Instant forgetBefore, Lockout lockout) {
        int failures = sql.one("""
                insert into login_throttle as t (throttle_key, failures, last_failed_at) values (?, 1, ?)
                on conflict (throttle_key) do update
                  set failures = case when t.last_failed_at < ? then 1 else t.failures + 1 end,
                      last_failed_at = excluded.last_failed_at,
                      locked_until = case when t.last_failed_at < ? then null else t.locked_until end
                returning failures""", rs -> rs.getInt(1), key, now, forgetBefore, forgetBefore).orElseThrow();
        lockout.until(failures, now).ifPresent(until ->
                sql.update("update login_throttle set locked_until = ? where throttle_key = ?", until, key));
        return failures;
    }

    /** The latest lockout of the keys that is still running at {@code now}. */
    @Transactional
    public Optional<Instant> lockedUntil(List<String> keys, Instant now) {
        return sql.one("select max(locked_until) from login_throttle where throttle_key = any(?) and locked_until > ?",
                rs -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant), keys, now).flatMap(o -> o);
    }

    @Transactional
    public void forget(String key) {
        sql.update("delete from login_throttle where throttle_key = ?", key);
    }

    /** Deletes counts with no failure since {@code before} and no lockout running at {@code now}; returns how many. */
    @Transactional
    public int forgetOlderThan(Instant before, Instant now) {
        return sql.update("delete from login_throttle where last_failed_at < ? and (locked_until is null or locked_until <= ?)",
                before, now);
    }

    /** How a count turns into a lockout. */
    @FunctionalInterface
    interface Lockout {
        Optional<Instant> until(int failures, Instant now);
    }
}
