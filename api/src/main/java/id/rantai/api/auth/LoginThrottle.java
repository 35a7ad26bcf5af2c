package id.rantai.api.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Failed logins are counted per username from one client address, and per
 * client address over all usernames; after {@code rantai.login.max-failures} (5) failures for a name, or
 * {@code rantai.login.max-failures-per-address} (50: an office behind one address holds many users) from an
 * address, further attempts are refused without looking at the password for a lockout that starts at
 * {@code rantai.login.lockout} (30 s) and doubles with each further failure, up to 15 minutes. A successful login
 * clears the name's count. Keyed by name and address, so that a stranger cannot lock an officer out of every
 * address by typing the officer's name.
 *
 * <p>The address is the connection's peer, or, behind a proxy, the last entry of the header named by
 * {@code rantai.login.client-address-header} (e.g. {@code X-Forwarded-For}: the entry the proxy added). Headers
 * are not trusted otherwise: a guesser could send a new address with every attempt.
 *
 * <p>The counts live in PostgreSQL ({@link LoginFailures}), so every instance behind a balancer sees the same
 * counts and lockouts: N replicas do not give N allowances. A count with no failure for an hour is forgotten.
 */
@Singleton
public class LoginThrottle {

    static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
    /** A count with no failure for this long is forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Clock clock;
    private final LoginFailures failures;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;
    private final String addressHeader;

    @Inject
    LoginThrottle(LoginFailures failures,
                  @Value("${rantai.login.max-failures:5}") int maxFailures,
                  @Value("${rantai.login.max-failures-per-address:50}") int maxFailuresPerAddress,
                  @Value("${rantai.login.lockout:30s}") Duration lockout,
                  @Nullable @Value("${rantai.login.client-address-header:}") String addressHeader) {
        this(Clock.systemUTC(), failures, maxFailures, maxFailuresPerAddress, lockout, addressHeader);
    }

    LoginThrottle(Clock clock, LoginFailures failures, int maxFailures, int maxFailuresPerAddress, Duration lockout,
                  String addressHeader) {
        this.clock = clock;
        this.failures = failures;
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
        return failures.lockedUntil(List.of(nameKey(username, address), addressKey(address)), now)
                .map(until -> Duration.between(now, until));
    }

    /** Counts a wrong password (or unknown name). */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(FORGET_AFTER);
        failures.add(nameKey(username, address), now, forgetBefore, (count, at) -> lockedUntil(count, at, maxFailures));
        failures.add(addressKey(address), now, forgetBefore, (count, at) -> lockedUntil(count, at, maxFailuresPerAddress));
    }

    /** A successful login: the name starts afresh (the address's count of other names' failures stays). */
    public void succeeded(String username, String address) {
        failures.forget(nameKey(username, address));
    }

    /** Any instance may run it; running it twice at once deletes nothing twice. */
    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    void forgetOld() {
        Instant now = clock.instant();
        failures.forgetOlderThan(now.minus(FORGET_AFTER), now);
    }

    /** The end of the lockout after {@code count} failures when {@code allowed} are allowed; empty below the allowance. */
    private Optional<Instant> lockedUntil(int count, Instant now, int allowed) {
        if (count < allowed) {
            return Optional.empty();
        }
        Duration length = lockout.multipliedBy(1L << Math.min(20, count - allowed));
        return Optional.of(now.plus(length.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : length));
    }

    static String nameKey(String username, String address) {
        return sha256("name:" + username.trim().toLowerCase(Locale.ROOT) + "@" + address);
    }

    static String addressKey(String address) {
        return sha256("address:" + address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
