package id.rantai.api.bid;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Before the deadline nobody but the bidder learns anything about a bid; at the deadline the buyer sees all. */
@MicronautTest(transactional = false)
class SealedBiddingIT extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void bidsStaySealedUntilTheDeadlineThenOpenTogetherForTheBuyer() {
        String officer = login("officer.pertamina");
        String sabut = login("coop.sabut");
        String mebel = login("coop.mebel");
        Answer created = post("/api/demands", officer, toJson(demand("Sealed: cocomesh untuk reklamasi", inSeconds(6), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + demandId + "/publish", officer, "").status());

        Answer sabutBid = post(bids(demandId, lotId), sabut, toJson(bid(600, 40_000, membersOf("coop.sabut"))));
        assertEquals(201, sabutBid.status(), sabutBid.body());
        assertEquals(34_000L, ((Number) sabutBid.json().get("evaluatedPriceIdr")).longValue(), "TKDN 60% → 15% preference");
        Answer mebelBid = post(bids(demandId, lotId), mebel, toJson(bid(500, 45_000, membersOf("coop.mebel"))));
        assertEquals(201, mebelBid.status(), mebelBid.body());
        String sabutBidId = (String) sabutBid.json().get("id");

        // sealed: not the buyer, not another cooperative, not the ministry, not the audit log
        Answer sealed = get("/api/demands/" + demandId + "/bids", officer);
        assertEquals(409, sealed.status());
        assertFalse(sealed.body().contains("40000") || sealed.body().contains(sabutBidId));
        assertEquals(409, get("/api/demands/" + demandId + "/lots/" + lotId + "/comparison", officer).status());
        assertEquals(404, get(bids(demandId, lotId) + "/" + sabutBidId, mebel).status());
        assertFalse(get("/api/bids?mine=true", mebel).body().contains(sabutBidId));
        assertFalse(get("/api/audit?entity=bid&size=500", login("admin")).body().contains(sabutBidId));
        assertFalse(get("/api/demands/" + demandId, officer).body().matches("(?s).*\"(bids|bidCount)\".*"), "the demand view says nothing of bids");
        assertEquals(200, get(bids(demandId, lotId) + "/" + sabutBidId, sabut).status(), "the bidder sees its own bid");

        // the deadline passes; the demand moves on its own, without any request
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "EVALUATION".equals(Database.value("select status from demand where id = ?::uuid", demandId)));

        Answer opened = get("/api/demands/" + demandId + "/bids", officer);
        assertEquals(200, opened.status(), opened.body());
        assertEquals(2, ((List<?>) opened.json().get("items")).size());
        Answer comparison = get("/api/demands/" + demandId + "/lots/" + lotId + "/comparison", officer);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) comparison.json().get("bids");
        assertEquals(sabutBidId, ((Map<String, Object>) rows.get(0).get("bid")).get("id"), "cheapest evaluated price first");
        assertFalse(((List<?>) rows.get(0).get("members")).isEmpty(), "with the members' profile");
        assertFalse(comparison.body().contains("ownerName") || comparison.body().contains("owner_name"));
        assertEquals(403, get("/api/demands/" + demandId + "/bids", login("officer.pln")).status(), "only the buyer");
        assertEquals(403, get("/api/demands/" + demandId + "/bids", sabut).status());
        assertTrue(get("/api/audit?entity=bid&size=500", login("admin")).body().contains(sabutBidId), "now audited openly");

        // after the deadline the bidder can no longer change anything
        Map<String, Object> revision = bid(600, 39_000, membersOf("coop.sabut"));
        revision.put("version", sabutBid.json().get("version"));
        assertEquals(409, put(bids(demandId, lotId) + "/" + sabutBidId, sabut, toJson(revision)).status());
        assertEquals(409, delete(bids(demandId, lotId) + "/" + sabutBidId, sabut, "If-Match", "0").status());
        assertEquals(409, post(bids(demandId, lotId), login("coop.mebel"), toJson(bid(1, 1_000, membersOf("coop.mebel")))).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBidderRevisesAndWithdrawsItsOwnBidOnly() {
        String officer = login("officer.pln");
        String sabut = login("coop.sabut");
        Answer created = post("/api/demands", officer, toJson(demand("Revisi: tali sabut", inDays(3), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        post("/api/demands/" + demandId + "/publish", officer, "");

        Answer first = post(bids(demandId, lotId), sabut, toJson(bid(100, 30_000, membersOf("coop.sabut"))));
        assertEquals(201, first.status(), first.body());
        String bidId = (String) first.json().get("id");
        assertEquals(409, post(bids(demandId, lotId), sabut, toJson(bid(50, 30_000, membersOf("coop.sabut")))).status(),
                "one live bid per lot");

        Map<String, Object> revision = bid(200, 29_000, membersOf("coop.sabut"));
        revision.put("version", first.json().get("version"));
        Answer revised = put(bids(demandId, lotId) + "/" + bidId, sabut, toJson(revision));
        assertEquals(200, revised.status(), revised.body());
        assertEquals(200L, ((Number) revised.json().get("quantity")).longValue());
        assertEquals(409, put(bids(demandId, lotId) + "/" + bidId, sabut, toJson(revision)).status(), "stale version");
        assertEquals(404, put(bids(demandId, lotId) + "/" + bidId, login("coop.mebel"), toJson(revision)).status(),
                "another cooperative's bid does not exist for it");

        Answer withdrawn = delete(bids(demandId, lotId) + "/" + bidId, sabut, "If-Match", "\"" + revised.json().get("version") + "\"");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().get("status"));
        assertEquals(201, post(bids(demandId, lotId), sabut, toJson(bid(80, 30_000, membersOf("coop.sabut")))).status(),
                "after a withdrawal a new bid is allowed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBidBreakingTheLotsRulesIs422WithEveryFieldAndWritesNothing() {
        String officer = login("officer.pertamina");
        String sabut = login("coop.sabut");
        Map<String, Object> body = demand("Aturan: cocopeat bersertifikat", inDays(3), 1);
        Map<String, Object> lot = ((List<Map<String, Object>>) body.get("lots")).get(0);
        lot.put("requiredCertifications", List.of("CPOTB"));
        lot.put("minLocalContentPct", 70);
        Answer created = post("/api/demands", officer, toJson(body));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        post("/api/demands/" + demandId + "/publish", officer, "");

        UUID stranger = membersOf("coop.mebel").get(0);
        Map<String, Object> bad = bid(5_000, 99_000, List.of(membersOf("coop.sabut").get(0), stranger));
        bad.put("facilityId", UUID.randomUUID().toString());
        Answer answer = post(bids(demandId, lotId), sabut, toJson(bad));
        assertEquals(422, answer.status(), answer.body());
        List<String> fields = ((List<Map<String, Object>>) answer.json().get("errors")).stream()
                .map(e -> (String) e.get("field")).toList();
        assertTrue(fields.containsAll(List.of("quantity", "unitPriceIdr", "localContentPct", "memberIds[1]", "memberIds", "facilityId")),
                fields.toString());
        assertEquals(0L, Database.count("select count(*) from bid where lot_id = ?::uuid", lotId));
    }

    @Test
    void onlyCooperativesBidAndOnlyOnPublishedDemands() {
        String officer = login("officer.pertamina");
        @SuppressWarnings("unchecked")
        Answer created = post("/api/demands", officer, toJson(demand("Draft: belum terbit", inDays(3), 1)));
        String demandId = (String) created.json().get("id");
        @SuppressWarnings("unchecked")
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        String body = toJson(bid(10, 10_000, membersOf("coop.sabut")));
        assertEquals(404, post(bids(demandId, lotId), login("coop.sabut"), body).status(), "a draft takes no bids");
        post("/api/demands/" + demandId + "/publish", officer, "");
        assertEquals(403, post(bids(demandId, lotId), officer, body).status());
        assertEquals(403, post(bids(demandId, lotId), login("analyst.kemenkop"), body).status());
        assertEquals(404, post(bids(demandId, UUID.randomUUID().toString()), login("coop.sabut"), body).status());
    }

    private static String bids(String demandId, String lotId) {
        return "/api/demands/" + demandId + "/lots/" + lotId + "/bids";
    }
}
