package id.rantai.api.headers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer carries the security headers: API data, API errors and the pages the API module serves. */
@MicronautTest(transactional = false)
class SecurityHeadersIT extends ApiTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("rantai.http.trusted-proxies", "127.0.0.1,::1");
        return properties;
    }

    @Test
    void anApiAnswerMayNotBeFramedSniffedOrLoadAnything() {
        Answer answer = get("/api/demands", login("officer.pln"));
        assertEquals(200, answer.status());
        assertProtected(answer, "default-src 'none'");
    }

    @Test
    void errorAnswersCarryThemToo() {
        Answer notFound = get("/api/no-such-thing", login("admin"));
        assertEquals(404, notFound.status());
        assertProtected(notFound, "default-src 'none'");
        Answer anonymous = get("/api/demands", null);
        assertEquals(401, anonymous.status());
        assertProtected(anonymous, "default-src 'none'");
        Answer withoutKey = postWithoutIdempotencyKey("/api/demands", login("officer.pln"), "{}");
        assertEquals(428, withoutKey.status());
        assertProtected(withoutKey, "default-src 'none'");
    }

    @Test
    void theApiDocsPageRunsNoInlineScript() {
        Answer page = get("/api-docs", null);
        assertEquals(200, page.status());
        assertProtected(page, "script-src 'self'");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertFalse(page.body().contains("<script>"), "no inline script: " + page.body());
        assertEquals(200, get("/api-docs/init.js", null).status());
    }

    @Test
    void hstsOnlyWhenATrustedProxySaysTheRequestCameOverTls() throws IOException, InterruptedException {
        assertTrue(get("/api/search/suggest?q=sabut", null).headers().firstValue("Strict-Transport-Security").isEmpty(),
                "plain HTTP gets no HSTS");
        HttpResponse<String> viaTls = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/api/search/suggest?q=sabut")).header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("max-age=31536000; includeSubDomains", viaTls.headers().firstValue("Strict-Transport-Security").orElse(null));
    }

    private static void assertProtected(Answer answer, String policyPart) {
        var headers = answer.headers();
        assertAll(
                () -> assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains(policyPart), headers.map().toString()),
                () -> assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")),
                () -> assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null)),
                () -> assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null)));
    }
}
