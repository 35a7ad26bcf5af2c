package id.rantai.api.plan;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Network matching of an OPEN demand to catalogue capabilities, before anyone bids. */
@MicronautTest(transactional = false)
class PlanMatchingRunIT extends ApiTestSupport {

    @Inject
    PlanWorker worker;

    @Test
    void cancellingStopsALongMatchingRun() {
        String officer = login("officer.pertamina");
        Answer requested = post("/api/matching/runs", officer, "{\"horizonWeeks\":8,\"timeLimitSeconds\":300}");
        assertEquals(202, requested.status(), requested.body());
        String runId = (String) requested.json().get("runId");
        await().atMost(Duration.ofMinutes(1)).until(() -> worker.isRunning(UUID.fromString(runId)));

        assertEquals(404, post("/api/matching/runs/" + runId + "/cancel", login("officer.pln"), "").status(), "another BUMN's run");
        assertEquals(404, post("/api/matching/runs/" + runId + "/cancel", login("coop.sabut"), "").status(), "not the cooperative's run");
        assertEquals("SOLVING", get("/api/matching/runs/" + runId, officer).json().get("status"));
        Answer cancelled = post("/api/matching/runs/" + runId + "/cancel", officer, "");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().get("status"));

        // the solve would run for 300 s; the bound only keeps a broken build from hanging
        await().atMost(Duration.ofMinutes(1)).until(() -> !worker.isRunning(UUID.fromString(runId)));
        Answer after = get("/api/matching/runs/" + runId, officer);
        assertEquals("CANCELLED", after.json().get("status"), after.body());
        assertEquals(null, after.json().get("result"), "a cancelled run proposes nothing");
        assertEquals(409, post("/api/matching/runs/" + runId + "/cancel", officer, "").status());
        assertEquals(1L, Database.count("select count(*) from audit_log where entity_id = ? and action = 'matching-run.cancelled'", runId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOpenDemandIsMatchedToCatalogueCapabilities() {
        // candidates are pre-selected in Elasticsearch: the demo catalogue must be there first
        awaitDemoCatalogueIndexed();
        String officer = login("officer.pertamina");
        Map<String, Object> body = demand("Matching: serat sabut", inDays(5), 1);
        body.put("kbli", "13111");
        Answer created = post("/api/demands", officer, toJson(body));
        assertEquals(201, created.status(), created.body());
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + demandId + "/publish", officer, "").status());
        String request = "{\"demandIds\":[\"" + demandId + "\"],\"horizonWeeks\":8,\"timeLimitSeconds\":2}";

        long before = Database.count("select count(*) from matching_run");
        assertEquals(403, post("/api/matching/runs", login("coop.sabut"), request).status());
        assertEquals(400, post("/api/matching/runs", officer, "{\"horizonWeeks\":0}").status());
        assertEquals(400, post("/api/matching/runs", officer, "{\"demandIds\":[]}").status());
        assertEquals(422, post("/api/matching/runs", officer,
                "{\"demandIds\":[\"" + UUID.randomUUID() + "\"],\"horizonWeeks\":8}").status());
        assertEquals(before, Database.count("select count(*) from matching_run"), "nothing written");

        Answer requested = post("/api/matching/runs", officer, request);
        assertEquals(202, requested.status(), requested.body());
        String runId = (String) requested.json().get("runId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(get("/api/matching/runs/" + runId, officer).json().get("status")));

        Answer run = get("/api/matching/runs/" + runId, officer);
        assertEquals("SOLVED", run.json().get("status"), run.body());
        Map<String, Object> result = (Map<String, Object>) run.json().get("result");
        assertTrue(((Number) result.get("candidateOffers")).intValue() > 0, run.body());
        List<Map<String, Object>> allocations = (List<Map<String, Object>>) result.get("allocations");
        assertTrue(!allocations.isEmpty(), run.body());
        assertTrue(allocations.stream().allMatch(a -> lotId.equals(a.get("lotId")) && a.get("capabilityId") != null));
        assertTrue(allocations.stream().mapToLong(a -> ((Number) a.get("quantity")).longValue()).sum() <= 1_000);
        assertTrue(result.get("facilityShortage") instanceof List<?>, run.body());

        assertEquals(200, get("/api/matching/runs/" + runId, login("analyst.kemenkop")).status());
        assertEquals(404, get("/api/matching/runs/" + runId, login("officer.pln")).status());
        Answer ministry = post("/api/matching/runs", login("analyst.kemenkop"), "{\"horizonWeeks\":4,\"timeLimitSeconds\":1}");
        assertEquals(202, ministry.status(), ministry.body());
        String ministryRun = (String) ministry.json().get("runId");
        String analyst = login("analyst.kemenkop");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(get("/api/matching/runs/" + ministryRun, analyst).json().get("status")));
        Answer all = get("/api/matching/runs/" + ministryRun, analyst);
        assertEquals("SOLVED", all.json().get("status"), all.body());
        assertTrue(!((List<?>) ((Map<String, Object>) all.json().get("request")).get("demandIds")).isEmpty(), "every OPEN demand");
    }
}
