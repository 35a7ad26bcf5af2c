package id.rantai.api.headers;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;

/**
 * Security headers on every answer: pages, API answers, static files and errors (404s, problem documents, error pages).
 * Pages may run only the application's own scripts and styles (no inline script: the templates have none, htmx runs
 * with eval off), nothing may frame the application, the browser must not guess content types, and a referrer leaves
 * only to the same origin. HSTS is sent only over TLS: when the request came over it, or a configured trusted proxy says
 * so with {@code X-Forwarded-Proto: https} ({@code rantai.http.trusted-proxies}, {@code RANTAI_HTTP_TRUSTED_PROXIES}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** API answers are data, never documents to render: nothing may load from them. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final TrustedProxies proxies;

    SecurityHeaders(@Value("${rantai.http.trusted-proxies:}") List<String> trustedProxies) {
        this.proxies = new TrustedProxies(trustedProxies);
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        setIfAbsent(headers, "Content-Security-Policy", request.getPath().startsWith("/api/") ? API_POLICY : PAGE_POLICY);
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Referrer-Policy", "same-origin");
        if (overTls(request)) {
            setIfAbsent(headers, "Strict-Transport-Security", HSTS);
        }
    }

    private boolean overTls(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        boolean forwardedHttps = request.getHeaders().get("X-Forwarded-Proto", String.class)
                .map(proto -> proto.split(",")[0].strip().equalsIgnoreCase("https")).orElse(false);
        return forwardedHttps && proxies.trusts(request.getRemoteAddress().getAddress());
    }

    private static void setIfAbsent(MutableHttpHeaders headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }

    /** Runs last on the way out, after the web module's error pages have replaced an answer. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
