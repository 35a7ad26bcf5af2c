package id.rantai.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthIT extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpWithPostgresAndElasticsearchWithoutLogin() {
        Answer answer = get("/health", null);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("UP", answer.json().get("status"));
        Map<String, Object> details = (Map<String, Object>) answer.json().get("details");
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"), answer.body());
        assertEquals("UP", ((Map<String, Object>) details.get("elasticsearch")).get("status"), answer.body());
    }

    @Test
    void prometheusMetricsArePublished() {
        Answer answer = get("/prometheus", null);
        assertEquals(200, answer.status());
        assertEquals(true, answer.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
    }
}
