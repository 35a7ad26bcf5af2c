package id.rantai.api.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed logins are counted per username from one client address, and per
 * client address over all usernames; after {@code rantai.login.max-failures} (5) failures for a name, or
 * {@code rantai.login.max-failures-per-address} (50: an office behind one address holds many users) from an
 * address, further attempts are refused without looking at the password for a lockout that starts at
 * {@code rantai.login.lockout} (30 s) and doubles with each further failure, up to 15 minutes. A successful login clears the name's count. Keyed by name and address, so that a stranger
 * cannot lock an officer out of every address by typing the officer's name.
 *
 * <p>The address is the connection's peer, or, behind a proxy, the last entry of the header named by
 * {@code rantai.login.client-address-header} (e.g. {@code X-Forwarded-For}: the entry the proxy added). Headers
 * are not trusted otherwise: a guesser could send a new address with every attempt.
 *
 * <p>The counts live in this instance's memory: with several instances behind a balancer, a guesser gets
 * each instance's allowance, still a small number of bcrypt checks a minute.
 */
@Singleton
public class LoginThrottle {

    static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
    /** A count with no failure for this long is forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;
    private final String addressHeader;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    LoginThrottle(@Value("${rantai.login.max-failures:5}") int maxFailures,
                  @Value("${rantai.login.max-failures-per-address:50}") int maxFailuresPerAddress,
                  @Value("${rantai.login.lockout:30s}") Duration lockout,
                  @Nullable @Value("${rantai.login.client-address-header:}") String addressHeader) {
        this(Clock.systemUTC(), maxFailures, maxFailuresPerAddress, lockout, addressHeader);
    }

    LoginThrottle(Clock clock, int maxFailures, int maxFailuresPerAddress, Duration lockout, String addressHeader) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
        this.addressHeader = addressHeader == null || addressHeader.isBlank() ? null : addressHeader.trim();
    }

    /** The client's address as described above. */
    public String clientAddress(HttpRequest<?> request) {
        if (addressHeader != null) {
            String forwarded = request.getHeaders().get(addressHeader);
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }

    /** How long {@code username} from {@code address} must wait before trying again; empty when it may try now. */
    public Optional<Duration> waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        Duration wait = later(wait(nameKey(username, address), now), wait(addressKey(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong password (or unknown name). */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(nameKey(username, address), (k, f) -> next(f, now, maxFailures));
        failures.compute(addressKey(address), (k, f) -> next(f, now, maxFailuresPerAddress));
    }

    /** A successful login: the name starts afresh (the address's count of other names' failures stays). */
    public void succeeded(String username, String address) {
        failures.remove(nameKey(username, address));
    }

    @Scheduled(fixedDelay = "5m")
    void forgetOld() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(f -> f.last().isBefore(cutoff) && !f.lockedUntil().isAfter(clock.instant()));
    }

    private Failures next(Failures previous, Instant now, int allowed) {
        int count = previous == null || previous.last().isBefore(now.minus(FORGET_AFTER)) ? 1 : previous.count() + 1;
        Instant lockedUntil = Instant.MIN;
        if (count >= allowed) {
            Duration length = lockout.multipliedBy(1L << Math.min(20, count - allowed));
            lockedUntil = now.plus(length.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : length);
        }
        return new Failures(count, now, lockedUntil);
    }

    private Duration wait(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || !f.lockedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, f.lockedUntil());
    }

    private static Duration later(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String nameKey(String username, String address) {
        return "name:" + username.trim().toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
