package id.rantai.api.search;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Elasticsearch away: searches answer 503 quickly, writes still succeed, and their changes wait in the outbox. */
@MicronautTest(transactional = false)
class SearchWhenElasticsearchIsDownIT extends ApiTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        try (ServerSocket socket = new ServerSocket(0)) {
            properties.put("elasticsearch.url", "http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void searchesAnswer503AndWritesWaitInTheOutbox() {
        Answer search = get("/api/search/capabilities?q=sabut", null);
        assertEquals(503, search.status(), search.body());
        assertTrue(search.contentType().startsWith("application/problem+json"));

        String officer = login("officer.pln");
        String id = (String) post("/api/demands", officer, toJson(demand("Saat pencarian mati", inDays(5), 1))).json().get("id");
        assertEquals(200, post("/api/demands/" + id + "/publish", officer, "").status(), "the write does not need search");
        assertEquals(1L, Database.count(
                "select count(*) from outbox where aggregate_type = 'demand' and aggregate_id = ?::uuid and processed_at is null", id),
                "the change waits for Elasticsearch");
    }
}
