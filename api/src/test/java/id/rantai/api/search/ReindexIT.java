package id.rantai.api.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.infra.local.LocalServices;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The reindex an administrator starts over the API: it works as the README's requests make it (with an
 * Idempotency-Key), one at a time, refuses a body, and says in words what failed.
 */
@MicronautTest(transactional = false)
class ReindexIT extends ApiTestSupport {

    private static final String REINDEX = "/api/admin/reindex";

    @Test
    void aReindexStartedWithAnIdempotencyKeyRebuildsEveryIndex() {
        String admin = login("admin");
        Answer started = startWhenIdle(admin);
        assertEquals(202, started.status(), started.body());
        Map<String, Object> job = finished(admin, (String) started.json().get("id"));
        assertEquals("DONE", job.get("status"), job.toString());
        assertNull(job.get("error"));
        assertTrue(job.get("progress").toString().contains("SWAPPED"), "every index swapped to its new one: " + job);
        assertEquals(200, get("/api/search/capabilities?q=sabut", null).status(), "searches answer from the new indices");
    }

    @Test
    void onlyAdministratorsReindexAndABodyIsRefused() {
        assertEquals(401, post(REINDEX, null, "").status());
        assertEquals(403, post(REINDEX, login("coop.sabut"), "").status());
        assertEquals(403, post(REINDEX, login("analyst.kemenkop"), "").status());
        String admin = login("admin");
        for (String body : List.of("{\"index\":\"capability\"}", "{}", "not json")) {
            Answer refused = post(REINDEX, admin, body, "Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(400, refused.status(), body + " → " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertTrue(refused.body().contains("takes no body"), refused.body());
        }
        Answer started = startWhenIdle(admin);
        assertEquals(202, started.status(), "a refused body left nothing running: " + started.body());
        finished(admin, (String) started.json().get("id"));
    }

    @Test
    void aBurstOfStartsRunsOneReindexAndTellsTheOthersWhichOne() throws Exception {
        String admin = login("admin");
        finished(admin, (String) startWhenIdle(admin).json().get("id"));
        List<Answer> answers = burst(7, i -> post(REINDEX, admin, "", "Idempotency-Key", UUID.randomUUID().toString()));
        answers.addAll(burst(7, i -> post(REINDEX, admin, "")));
        String sameKey = UUID.randomUUID().toString();
        answers.addAll(burst(7, i -> post(REINDEX, admin, "", "Idempotency-Key", sameKey)));

        Set<Object> started = new HashSet<>();
        List<Executable> checks = new ArrayList<>();
        int conflicts = 0;
        for (Answer answer : answers) {
            if (answer.status() == 202) {
                started.add(answer.json().get("id"));
            } else {
                conflicts++;
                checks.add(() -> assertEquals(409, answer.status(), answer.body()));
                checks.add(() -> assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType()));
                checks.add(() -> assertTrue(answer.json() != null && (answer.json().get("jobId") != null
                        || String.valueOf(answer.json().get("detail")).contains("in progress")), answer.body()));
            }
        }
        assertAll(checks);
        assertTrue(conflicts > 0, "seven starts at once do not all start a reindex");
        for (Answer answer : answers) {
            if (answer.status() == 409 && answer.json().get("jobId") != null) {
                assertTrue(started.contains(answer.json().get("jobId")), "the 409 names a job that was started: " + answer.body());
                assertEquals(REINDEX + "/" + answer.json().get("jobId"), answer.headers().firstValue("Location").orElse(null));
            }
        }
        for (Object id : started) {
            assertEquals("DONE", finished(admin, (String) id).get("status"));
        }
    }

    @Test
    void aFailedReindexSaysWhatFailedInWordsAndTheNextOneWorks() throws Exception {
        String admin = login("admin");
        Map<String, Object> job;
        finished(admin, (String) startWhenIdle(admin).json().get("id"));
        // Elasticsearch refuses every new index while the cluster's shard limit is reached
        elasticsearchSetting("{\"persistent\":{\"cluster.max_shards_per_node\":1}}");
        try {
            Answer started = post(REINDEX, admin, "", "Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(202, started.status(), started.body());
            job = finished(admin, (String) started.json().get("id"));
        } finally {
            elasticsearchSetting("{\"persistent\":{\"cluster.max_shards_per_node\":null}}");
        }
        assertEquals("FAILED", job.get("status"), job.toString());
        String error = (String) job.get("error");
        assertTrue(error.startsWith("Building the ") && error.contains("index in Elasticsearch failed"), error);
        assertTrue(error.contains("searches still use the previous index"), error);
        assertFalse(error.matches("(?s).*(Exception|exception|co\\.elastic|java\\.|org\\.|shards_per_node|ResultSet).*"),
                "no client or driver internals: " + error);
        assertEquals(200, get("/api/search/capabilities?q=sabut", null).status(), "searches still answer");

        Answer again = post(REINDEX, admin, "", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(202, again.status(), "a failed job does not keep the next one out: " + again.body());
        assertEquals("DONE", finished(admin, (String) again.json().get("id")).get("status"));
    }

    /** Starts a reindex once the start-up indexing (which holds the same lock, answering 409 without a job) is over. */
    private Answer startWhenIdle(String admin) {
        Answer[] answer = new Answer[1];
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            answer[0] = post(REINDEX, admin, "", "Idempotency-Key", UUID.randomUUID().toString());
            return !(answer[0].status() == 409 && answer[0].json().get("jobId") == null);
        });
        return answer[0];
    }

    private Map<String, Object> finished(String admin, String id) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(get(REINDEX + "/" + id, admin).json().get("status")));
        return get(REINDEX + "/" + id, admin).json();
    }

    private static List<Answer> burst(int n, java.util.function.IntFunction<Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.apply(index);
                }, pool));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (CompletableFuture<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void elasticsearchSetting(String body) throws Exception {
        String node = LocalServices.shared().elasticsearch().nodeUrls().get(0);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node + "/_cluster/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }
}
