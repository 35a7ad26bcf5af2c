package id.rantai.api.metrics;

import id.rantai.api.auth.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Who may read the metrics ({@code /prometheus}, {@code /metrics}): an ADMIN, or a scraper presenting
 * {@code Authorization: Bearer <rantai.metrics.token>} ({@code RANTAI_METRICS_TOKEN}, at least 32 characters; unset,
 * only ADMIN logins read them). Nobody else, logged in or not: request counters per route tell how busy each part of
 * the marketplace is, which is nobody's business but its operators'.
 */
@Singleton
public class MetricsAccessRule implements SecurityRule<HttpRequest<?>> {

    /** Before the configured URL map and the endpoint sensitivity rules. */
    static final int ORDER = -1000;
    static final int MIN_TOKEN_LENGTH = 32;

    private final byte[] token;

    MetricsAccessRule(@Nullable @Value("${rantai.metrics.token:}") String token) {
        if (token != null && !token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("rantai.metrics.token (RANTAI_METRICS_TOKEN) must be at least "
                    + MIN_TOKEN_LENGTH + " characters, e.g. openssl rand -base64 32");
        }
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    static boolean isMetricsPath(String path) {
        return path.equals("/prometheus") || path.startsWith("/prometheus/") || path.equals("/metrics")
                || path.startsWith("/metrics/");
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !isMetricsPath(request.getPath())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication != null && authentication.getRoles().contains(Role.ADMIN_NAME)) {
            return Mono.just(SecurityRuleResult.ALLOWED);
        }
        return Mono.just(scraperToken(request) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    private boolean scraperToken(HttpRequest<?> request) {
        if (token == null) {
            return false;
        }
        return request.getHeaders().getAll(HttpHeaders.AUTHORIZATION).stream()
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .anyMatch(value -> MessageDigest.isEqual(token, value.substring(7).strip().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
