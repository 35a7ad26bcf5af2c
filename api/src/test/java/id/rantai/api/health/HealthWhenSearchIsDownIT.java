package id.rantai.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Elasticsearch is a projection: when it is away the application still runs and says so on /health. */
@MicronautTest(transactional = false)
class HealthWhenSearchIsDownIT extends ApiTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("elasticsearch.url", "http://127.0.0.1:" + closedPort());
        return properties;
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsDownNamingElasticsearchWhileLoginStillWorks() {
        Answer anonymous = get("/health", null);
        assertEquals(503, anonymous.status(), anonymous.body());
        assertEquals(Map.of("status", "DOWN"), anonymous.json(), "which part is down is for administrators");
        Answer answer = get("/health", login("admin"));
        assertEquals(503, answer.status(), answer.body());
        Map<String, Object> details = (Map<String, Object>) answer.json().get("details");
        assertEquals("DOWN", ((Map<String, Object>) details.get("elasticsearch")).get("status"));
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"));
        login("officer.pertamina");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
