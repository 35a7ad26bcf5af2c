package id.rantai.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.web.support.Api;
import id.rantai.web.support.Browser;
import id.rantai.web.support.Database;
import id.rantai.web.support.WebTestApplication;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages are guarded by the same rules as the API, in a real browser: another BUMN's demand is refused as the API
 * refuses it, a form posted without its CSRF token is refused and changes nothing, and text someone stored with
 * {@code <script>} in it is shown as text, never run.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityIT implements WebTestApplication {

    @Inject
    EmbeddedServer server;

    @Test
    void anotherBumnsDemandIsRefusedLikeTheApiRefusesIt() {
        Api api = new Api(server.getURL().toString());
        String pln = api.login("officer.pln", "rantai-demo");
        UUID draft = UUID.fromString((String) api.post("/api/demands", pln, demand("Draf rahasia PLN", "Meja kerja")).get("id"));
        try (Browser browser = Browser.open(server.getURL().toString(), "security", 1280)) {
            browser.logIn("officer.pertamina", "rantai-demo");
            browser.go("/officer/demands/" + draft);
            assertTrue(browser.text("main h1").contains("Tidak ditemukan"), "another BUMN's draft does not exist for Pertamina");
            assertTrue(!browser.driver().getPageSource().contains("Draf rahasia PLN"));
            browser.screenshot("other-bumn-draft-404");
            browser.go("/officer/demands/" + draft + "/edit");
            assertTrue(browser.text("main h1").contains("Tidak ditemukan"));
        }
        try (Browser coop = Browser.open(server.getURL().toString(), "security", 1280)) {
            coop.logIn("coop.sabut", "rantai-demo");
            coop.go("/officer/demands");
            assertTrue(coop.text("main h1").contains("Bukan untuk Anda"), "a cooperative is not an officer");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Api api = new Api(server.getURL().toString());
        String pln = api.login("officer.pln", "rantai-demo");
        UUID draft = UUID.fromString((String) api.post("/api/demands", pln, demand("Draf untuk uji CSRF", "Kursi")).get("id"));
        try (Browser browser = Browser.open(server.getURL().toString(), "security", 1280)) {
            browser.logIn("officer.pln", "rantai-demo");
            browser.go("/officer/demands/" + draft);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll('input[name=_csrf]').forEach(i => i.remove()); document.body.removeAttribute('hx-headers');");
            browser.click("#publish");
            assertTrue(browser.text("main h1").contains("Bukan untuk Anda"), browser.text("main h1"));
            browser.screenshot("csrf-refused");
            assertEquals("DRAFT", Database.value("select status from demand where id = ?", draft));

            // a forged token, from another site's page, is refused the same way
            String session = browser.driver().manage().getCookieNamed("rantai_session").getValue();
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/officer/demands/" + draft + "/publish"))
                    .header("Cookie", "rantai_session=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("_csrf=forged&version=0")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, forged.statusCode());
            // and the API does not take the session cookie as a way around it
            HttpResponse<String> viaApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/api/demands/" + draft + "/publish"))
                    .header("Cookie", "rantai_session=" + session).header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, viaApi.statusCode());
            assertEquals("DRAFT", Database.value("select status from demand where id = ?", draft));
        }
    }

    @Test
    void storedScriptShowsAsText() {
        Api api = new Api(server.getURL().toString());
        String pln = api.login("officer.pln", "rantai-demo");
        String title = "<script>window.__xss = 1</script> Palet kayu";
        UUID draft = UUID.fromString((String) api.post("/api/demands", pln,
                demand(title, "<img src=x onerror=\"window.__xss = 2\">Spesifikasi")).get("id"));
        try (Browser browser = Browser.open(server.getURL().toString(), "security", 1280)) {
            browser.logIn("officer.pln", "rantai-demo");
            browser.go("/officer/demands/" + draft);
            assertEquals(title, browser.text("#demand-title"));
            assertTrue(browser.text(".description").contains("<img src=x"));
            assertNull(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss"), "nothing stored ran");
            browser.screenshot("stored-script-as-text");
        }
    }

    @Test
    void pagesAndErrorPagesCarryTheSecurityHeadersAndStillWorkUnderThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", "/no-such-page", "/officer/demands/" + UUID.randomUUID())) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                    path + " " + page.statusCode() + ": " + csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        try (Browser browser = Browser.open(server.getURL().toString(), "security", 1280)) {
            browser.go("/");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return typeof htmx === 'object'"),
                    "htmx runs under the policy");
            browser.logIn("officer.pln", "rantai-demo");
            browser.go("/officer/demands");
            assertTrue(browser.text("main h1").contains("Kebutuhan saya"), "the login form still posts under form-action 'self'");
        }
    }

    private static Map<String, Object> demand(String title, String description) {
        return Map.of("title", title, "description", description, "kbli", "31001",
                "bidDeadline", OffsetDateTime.now().plusDays(10).toString(),
                "lots", List.of(Map.of("title", "Lot satu", "quantity", 10, "unit", "unit", "deliveryProvince", "ID-JT",
                        "deliveryDeadline", LocalDate.now().plusDays(60).toString(), "maxUnitPriceIdr", 1_000_000)));
    }
}
