package id.rantai.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 10, Duration.ofSeconds(30), null);

    @Test
    void aNameIsLockedAfterItsAllowanceOfFailuresAndTheLockoutDoubles() {
        fail("officer.pln", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"), "two failures are allowed");
        fail("officer.pln", "10.0.0.1", 1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("OFFICER.PLN ", "10.0.0.1"), "the name, however typed");
        clock.move(Duration.ofSeconds(31));
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"));
        fail("officer.pln", "10.0.0.1", 1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"));
        fail("officer.pln", "10.0.0.1", 20);
        assertEquals(Optional.of(LoginThrottle.MAX_LOCKOUT), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"), "at most 15 minutes");
    }

    @Test
    void aStrangerCannotLockTheOwnerOutFromAnotherAddressAndSuccessStartsAfresh() {
        fail("officer.pln", "203.0.113.9", 3);
        assertTrue(throttle.waitBeforeTrying("officer.pln", "203.0.113.9").isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"));

        fail("coop.sabut", "10.0.0.1", 2);
        throttle.succeeded("coop.sabut", "10.0.0.1");
        fail("coop.sabut", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("coop.sabut", "10.0.0.1"), "the count restarted at the success");
    }

    @Test
    void anAddressTryingManyNamesIsLockedForAllOfThem() {
        for (int i = 0; i < 10; i++) {
            fail("guess" + i, "198.51.100.7", 1);
        }
        assertTrue(throttle.waitBeforeTrying("admin", "198.51.100.7").isPresent(), "a name it never tried");
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("admin", "10.0.0.1"));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        fail("officer.pln", "10.0.0.1", 2);
        clock.move(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.forgetOld();
        fail("officer.pln", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", "10.0.0.1"), "two old and two new failures do not add up");
    }

    @Test
    void behindAProxyTheAddressIsTheEntryTheProxyAdded() {
        LoginThrottle proxied = new LoginThrottle(clock, 3, 10, Duration.ofSeconds(30), "X-Forwarded-For");
        assertEquals("203.0.113.5", proxied.clientAddress(HttpRequest.POST("/api/auth/login", "")
                .header("X-Forwarded-For", "10.9.9.9, 203.0.113.5")), "the client wrote the first entry, the proxy the last");
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
