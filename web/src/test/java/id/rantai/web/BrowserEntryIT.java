package id.rantai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.infra.local.LocalServices;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The browser's way in: the page, its assets and the login it posts, all from the application itself. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEntryIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        LocalServices.shared().micronautProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("rantai.jwt.secret", "web-test-secret-web-test-secret-web-test-secret-0123");
        properties.put("rantai.demo.enabled", "true");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void theHomePageOffersALoginFormAndLinksToTheApiDocs() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"login-form\""));
        assertTrue(page.body().contains("href=\"/api-docs\""));
        assertEquals(200, get("/assets/rantai.js").statusCode());
        assertEquals(200, get("/assets/rantai.css").statusCode());
    }

    @Test
    void theDemoPasswordLogsInFromTheSameOrigin() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"coop.sabut\",\"password\":\"rantai-demo\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("\"accessToken\""));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
