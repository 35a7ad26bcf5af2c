package id.rantai.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rules on the real shared table, with a clock the test moves. Two throttles over the same table
 * stand for two application instances: a count made on one holds on the other.
 */
@MicronautTest(transactional = false)
class LoginThrottleIT extends ApiTestSupport {

    @Inject
    LoginFailures failures;

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;
    /** Addresses of this test alone ({@code net + ".1"}): the table is shared with the other tests of the JVM. */
    private String net;

    @BeforeEach
    void newThrottle() {
        throttle = new LoginThrottle(clock, failures, 3, 10, Duration.ofSeconds(30), null);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        net = "10." + random.nextInt(256) + "." + random.nextInt(256);
    }

    @Test
    void twoInstancesShareTheCountsSoAGuesserGetsOneAllowanceNotOnePerInstance() {
        LoginThrottle other = new LoginThrottle(clock, failures, 3, 10, Duration.ofSeconds(30), null);
        fail("officer.pln", net + ".1", 2);
        other.failed("officer.pln", net + ".1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("officer.pln", net + ".1"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), other.waitBeforeTrying("officer.pln", net + ".1"));
        other.succeeded("officer.pln", net + ".1");
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", net + ".1"), "a success on either clears it");
    }

    @Test
    void theTableHoldsNeitherNamesNorAddresses() {
        fail("officer.pln", net + ".1", 1);
        assertEquals(0L, Database.count("select count(*) from login_throttle where throttle_key like '%officer%' or throttle_key like ?",
                "%" + net + "%"));
    }

    @Test
    void aNameIsLockedAfterItsAllowanceOfFailuresAndTheLockoutDoubles() {
        fail("officer.pln", net + ".1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", net + ".1"), "two failures are allowed");
        fail("officer.pln", net + ".1", 1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("OFFICER.PLN ", net + ".1"), "the name, however typed");
        clock.move(Duration.ofSeconds(31));
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", net + ".1"));
        fail("officer.pln", net + ".1", 1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeTrying("officer.pln", net + ".1"));
        fail("officer.pln", net + ".1", 20);
        assertEquals(Optional.of(LoginThrottle.MAX_LOCKOUT), throttle.waitBeforeTrying("officer.pln", net + ".1"), "at most 15 minutes");
    }

    @Test
    void aStrangerCannotLockTheOwnerOutFromAnotherAddressAndSuccessStartsAfresh() {
        fail("officer.pln", net + ".2", 3);
        assertTrue(throttle.waitBeforeTrying("officer.pln", net + ".2").isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", net + ".1"));

        fail("coop.sabut", net + ".1", 2);
        throttle.succeeded("coop.sabut", net + ".1");
        fail("coop.sabut", net + ".1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("coop.sabut", net + ".1"), "the count restarted at the success");
    }

    @Test
    void anAddressTryingManyNamesIsLockedForAllOfThem() {
        for (int i = 0; i < 10; i++) {
            fail("guess" + i, net + ".3", 1);
        }
        assertTrue(throttle.waitBeforeTrying("admin", net + ".3").isPresent(), "a name it never tried");
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("admin", net + ".1"));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        fail("officer.pln", net + ".1", 2);
        clock.move(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        fail("officer.pln", net + ".1", 2);
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("officer.pln", net + ".1"), "two old and two new failures do not add up");
    }

    @Test
    void countsWithoutAFailureForAnHourAreDeleted() {
        fail("officer.pln", net + ".1", 1);
        clock.move(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        fail("coop.sabut", net + ".2", 1);
        throttle.forgetOld();
        assertEquals(0L, rows(LoginThrottle.nameKey("officer.pln", net + ".1")), "an hour without a failure");
        assertEquals(0L, rows(LoginThrottle.addressKey(net + ".1")));
        assertEquals(1L, rows(LoginThrottle.nameKey("coop.sabut", net + ".2")), "a recent failure stays counted");
    }

    private static long rows(String key) {
        return Database.count("select count(*) from login_throttle where throttle_key = ?", key);
    }

    @Test
    void behindAProxyTheAddressIsTheEntryTheProxyAdded() {
        LoginThrottle proxied = new LoginThrottle(clock, failures, 3, 10, Duration.ofSeconds(30), "X-Forwarded-For");
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
