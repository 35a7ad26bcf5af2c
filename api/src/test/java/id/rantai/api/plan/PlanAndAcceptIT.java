package id.rantai.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A plan is solved within the lot's and bids' quantities, streams its progress, and becomes awards when accepted, once. */
@MicronautTest(transactional = false)
class PlanAndAcceptIT extends PlanFixture {

    @Test
    @SuppressWarnings("unchecked")
    void aSolvedPlanRespectsTheQuantitiesAndIsAcceptedOnce() throws Exception {
        Tender tender = tenderInEvaluation("Plan: geotekstil sabut");
        String officer = login("officer.pertamina");

        Answer requested = post("/api/demands/" + tender.demandId() + "/award-plans", officer,
                planBody("{\"minMsmeSharePct\":40,\"maxSharePerBidderPct\":70,\"allowUnawarded\":false,\"tkdnPreference\":true,"
                        + "\"hard\":[\"MAX_SHARE_PER_BIDDER\"]}", 2));
        assertEquals(202, requested.status(), requested.body());
        assertEquals("SOLVING", requested.json().get("status"));
        String planId = (String) requested.json().get("planId");
        CompletableFuture<HttpResponse<String>> events = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/award-plans/" + planId + "/events"))
                        .header("Authorization", "Bearer " + officer).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString());

        Answer plan = awaitFinished(planId, officer);
        assertEquals("SOLVED", plan.json().get("status"), plan.body());
        assertEquals(true, plan.json().get("feasible"));
        List<Map<String, Object>> allocations = (List<Map<String, Object>>) plan.json().get("allocations");
        assertFalse(allocations.isEmpty());
        Map<String, Long> perBid = new HashMap<>();
        long awarded = 0;
        for (Map<String, Object> a : allocations) {
            assertEquals(tender.lotId(), a.get("lotId"));
            long quantity = ((Number) a.get("quantity")).longValue();
            perBid.merge((String) a.get("bidId"), quantity, Long::sum);
            awarded += quantity;
            assertNotNull(a.get("cooperativeId"));
            assertFalse(((List<?>) a.get("memberIds")).isEmpty());
        }
        assertTrue(awarded <= 1_000, "within the lot: " + awarded);
        perBid.forEach((bid, quantity) -> assertTrue(quantity <= 700, bid + " within its bid: " + quantity));
        // the hard 70% rule: no bidder gets more than 700 of the lot's 1,000
        assertTrue(perBid.values().stream().allMatch(q -> q <= 700));
        Map<String, Object> totals = (Map<String, Object>) plan.json().get("totals");
        assertEquals(awarded, ((Number) totals.get("awardedQuantity")).longValue());
        assertNotNull(totals.get("msmeSharePct"));
        assertFalse(((List<?>) plan.json().get("constraints")).isEmpty());
        List<Map<String, Object>> prices = (List<Map<String, Object>>) plan.json().get("priceOfRules");
        assertTrue(prices.stream().anyMatch(p -> "MAX_SHARE_PER_BIDDER".equals(p.get("rule"))), prices.toString());

        String stream = events.get().body();
        assertTrue(stream.contains("event:SOLVED") || stream.contains("event: SOLVED"), stream);
        assertTrue(stream.contains("\"bestScore\""), stream);

        assertEquals(404, get("/api/award-plans/" + planId, login("officer.pln")).status());
        assertEquals(404, get("/api/award-plans/" + planId, login("coop.sabut")).status());
        assertEquals(404, post("/api/award-plans/" + planId + "/accept", login("officer.pln"), "").status());
        assertEquals(404, post("/api/award-plans/" + planId + "/accept", login("coop.sabut"), "").status());

        Answer accepted = post("/api/award-plans/" + planId + "/accept", officer, "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().get("status"));
        assertEquals("AWARDED", get("/api/demands/" + tender.demandId(), officer).json().get("status"));
        assertEquals(allocations.size(), Database.count("select count(*) from award where award_plan_id = ?::uuid", planId));
        assertEquals(awarded, Database.count("select coalesce(sum(quantity), 0) from award where demand_id = ?::uuid", tender.demandId()));
        assertEquals(1, Database.count("select count(*) from audit_log where entity_id = ? and action = 'award-plan.accepted'", planId));
        assertTrue(Database.count("select count(*) from outbox where aggregate_id = ?::uuid", tender.demandId()) > 0);

        assertEquals(409, post("/api/award-plans/" + planId + "/accept", officer, "").status(), "accepted once");
        assertEquals(allocations.size(), Database.count("select count(*) from award where demand_id = ?::uuid", tender.demandId()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hardRulesThatCannotHoldTogetherAreReportedByName() {
        Tender tender = tenderInEvaluation("Plan conflict: sabut");
        String officer = login("officer.pertamina");
        // one supplier per lot and at most half of the lot per supplier: half the lot can never be awarded
        Answer requested = post("/api/demands/" + tender.demandId() + "/award-plans", officer,
                planBody("{\"maxSharePerBidderPct\":50,\"maxSuppliersPerLot\":1,\"tkdnPreference\":false,"
                        + "\"hard\":[\"MAX_SHARE_PER_BIDDER\",\"MAX_SUPPLIERS_PER_LOT\"]}", 1));
        assertEquals(202, requested.status(), requested.body());

        Answer plan = awaitFinished((String) requested.json().get("planId"), officer);

        assertEquals("SOLVED", plan.json().get("status"), plan.body());
        List<Map<String, Object>> unawarded = (List<Map<String, Object>>) plan.json().get("unawarded");
        assertEquals(1, unawarded.size(), plan.body());
        assertTrue(((Number) unawarded.get(0).get("quantity")).longValue() >= 500, plan.body());
        assertFalse(((List<?>) unawarded.get(0).get("reasons")).isEmpty());
        List<String> conflicting = (List<String>) plan.json().get("conflictingRules");
        assertTrue(conflicting.contains("MAX_SHARE_PER_BIDDER") && conflicting.contains("MAX_SUPPLIERS_PER_LOT"), plan.body());
    }
}
