package id.rantai.api.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.infra.local.LocalServices;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Base of the HTTP integration tests: the application runs on the test JVM's shared real PostgreSQL and
 * Elasticsearch with the demo dataset loaded the way the run command loads it, and tests talk to it over
 * real HTTP as an outside client would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport implements TestPropertyProvider {

    public static final String DEMO_PASSWORD = "rantai-demo-test";
    protected static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        LocalServices.shared().micronautProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("rantai.jwt.secret", "test-secret-test-secret-test-secret-test-secret-0123456789");
        properties.put("rantai.demo.enabled", "true");
        // a free port: test JVMs of several modules or worktrees may run at once
        properties.put("micronaut.server.port", "-1");
        properties.put("rantai.demo.password", DEMO_PASSWORD);
        // every test client comes from 127.0.0.1: the address-wide allowance would make the tests depend on
        // each other's failed logins (LoginThrottleTest covers it); the per-name lockout stays as configured
        properties.put("rantai.login.max-failures-per-address", "100000");
        return properties;
    }

    /**
     * Waits until the demo catalogue is searchable: the start-up reindex and the outbox fill Elasticsearch
     * after the application answers, and on a loaded machine that takes minutes rather than seconds.
     */
    protected void awaitDemoCatalogueIndexed() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Answer answer = get("/api/search/capabilities?q=sabut", null);
            return answer.status() == 200 && ((Number) answer.json().get("total")).longValue() > 0;
        });
    }

    /** A response as a client sees it: status, content type, the parsed JSON body (if any) and the headers. */
    public record Answer(int status, String contentType, String body, Map<String, Object> json, java.net.http.HttpHeaders headers) {
    }

    protected Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** A POST as a well-behaved client sends it: with a new {@code Idempotency-Key} unless {@code headers} name one. */
    protected Answer post(String path, String token, String body, String... headers) {
        HttpRequest.Builder builder = request(path, token);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        if (!names(headers, IDEMPOTENCY_KEY)) {
            builder.header(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        return send(builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST that forgets the {@code Idempotency-Key}. */
    protected Answer postWithoutIdempotencyKey(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    protected Answer put(String path, String token, String body, String... headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    protected Answer delete(String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.DELETE().build());
    }

    protected Answer send(String method, String path, String token, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
        if (method.equals("POST")) {
            // the body is what is under test, not the key: without one every POST that creates would answer 428
            builder.header(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        return send(builder.method(method, publisher).build());
    }

    private static boolean names(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends {@code perTarget} random bodies to each target ({@code {method, path, token}}); every answer must be a
     * 4xx problem+json. All answers are checked before the first failure is reported.
     */
    protected void assertRandomBodiesRefused(List<String[]> targets, int perTarget, RandomJson random) {
        List<Executable> checks = new ArrayList<>();
        for (String[] target : targets) {
            for (int i = 0; i < perTarget; i++) {
                String body = toJson(random.object());
                Answer answer = send(target[0], target[1], target[2], body);
                checks.add(() -> assertTrue(answer.status() >= 400 && answer.status() < 500
                        && answer.contentType().startsWith("application/problem+json"),
                        target[0] + " " + target[1] + " " + body + " → " + answer.status() + " " + answer.body()));
            }
        }
        assertAll(checks);
    }

    /** A JSON body from a map or record. */
    protected String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String login(String username) {
        Answer answer = post("/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + answer);
        }
        return (String) answer.json().get("accessToken");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    @SuppressWarnings("unchecked")
    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Map<String, Object> parsed = null;
            if (type.contains("json") && !response.body().isEmpty()) {
                parsed = json.readValue(response.body(), Map.class);
            }
            return new Answer(response.statusCode(), type, response.body(), parsed, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
