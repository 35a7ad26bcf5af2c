package id.rantai.web.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The HTTP API as another party uses it during a browser journey (a cooperative bidding while the officer works in the pages). */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String login(String username, String password) {
        return (String) send("POST", "/api/auth/login", null, Map.of("username", username, "password", password)).get("accessToken");
    }

    public Map<String, Object> get(String path, String token) {
        return send("GET", path, token, null);
    }

    /**
     * Waits until the demo catalogue is searchable: start-up indexing fills Elasticsearch after the application
     * answers, and on a loaded machine that takes longer than a page test waits for one element.
     */
    public void awaitDemoCatalogueIndexed() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                if (((Number) get("/api/search/capabilities?q=sabut", null).get("total")).longValue() > 0) {
                    return;
                }
            } catch (AssertionError notYet) {
                // the search answers 503 until its indices exist
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo catalogue was not searchable within 5 minutes");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Map<String, Object> post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    private Map<String, Object> send(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if ("POST".equals(method)) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
