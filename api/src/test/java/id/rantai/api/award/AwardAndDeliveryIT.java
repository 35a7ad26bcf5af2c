package id.rantai.api.award;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A split award within the lot, deliveries against it, and the demand completing when all is delivered. */
@MicronautTest(transactional = false)
class AwardAndDeliveryIT extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerSplitsALotBetweenTwoBidsAndTheDeliveriesCompleteTheDemand() {
        String officer = login("officer.pertamina");
        String sabut = login("coop.sabut");
        String mebel = login("coop.mebel");
        Answer created = post("/api/demands", officer, toJson(demand("Award: geotekstil sabut", inSeconds(5), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        post("/api/demands/" + demandId + "/publish", officer, "");
        String sabutBid = (String) post(bids(demandId, lotId), sabut, toJson(bid(700, 40_000, membersOf("coop.sabut")))).json().get("id");
        String mebelBid = (String) post(bids(demandId, lotId), mebel, toJson(bid(700, 42_000, membersOf("coop.mebel")))).json().get("id");

        assertEquals(409, post("/api/demands/" + demandId + "/awards", officer, award(sabutBid, 100)).status(),
                "no award while bids are sealed");
        await().atMost(Duration.ofSeconds(30)).until(() -> "EVALUATION".equals(get("/api/demands/" + demandId, officer).json().get("status")));

        Answer tooMuch = post("/api/demands/" + demandId + "/awards", officer,
                "{\"allocations\":[{\"bidId\":\"" + sabutBid + "\",\"quantity\":700},{\"bidId\":\"" + mebelBid + "\",\"quantity\":400}]}");
        assertEquals(422, tooMuch.status(), "1,100 > the lot's 1,000");
        assertEquals(422, post("/api/demands/" + demandId + "/awards", officer, award(sabutBid, 701)).status(), "more than the bid");
        assertEquals(403, post("/api/demands/" + demandId + "/awards", login("officer.pln"), award(sabutBid, 10)).status());
        assertEquals(0L, Database.count("select count(*) from award where demand_id = ?::uuid", demandId));

        Answer awarded = post("/api/demands/" + demandId + "/awards", officer,
                "{\"allocations\":[{\"bidId\":\"" + sabutBid + "\",\"quantity\":600},{\"bidId\":\"" + mebelBid + "\",\"quantity\":400}]}");
        assertEquals(201, awarded.status(), awarded.body());
        assertEquals("AWARDED", get("/api/demands/" + demandId, officer).json().get("status"));
        assertEquals(409, post("/api/demands/" + demandId + "/awards", officer, award(sabutBid, 1)).status(), "awarded once");

        List<Map<String, Object>> sabutAwards = (List<Map<String, Object>>) get("/api/awards?demand=" + demandId, sabut).json().get("items");
        assertEquals(1, sabutAwards.size(), "a cooperative sees its own awards only");
        assertEquals(600L, ((Number) sabutAwards.get(0).get("quantity")).longValue());
        assertEquals(2, ((List<?>) get("/api/awards?demand=" + demandId, officer).json().get("items")).size());
        assertEquals(0, ((List<?>) get("/api/awards?demand=" + demandId, login("officer.pln")).json().get("items")).size());

        String sabutAward = (String) sabutAwards.get(0).get("id");
        String mebelAward = (String) ((List<Map<String, Object>>) get("/api/awards?demand=" + demandId, mebel).json().get("items")).get(0).get("id");
        String today = LocalDate.now().toString();
        assertEquals(404, post("/api/awards/" + sabutAward + "/deliveries", mebel, delivery(10, today)).status());
        assertEquals(422, post("/api/awards/" + sabutAward + "/deliveries", sabut, delivery(601, today)).status());
        Answer partial = post("/api/awards/" + sabutAward + "/deliveries", sabut, delivery(600, today));
        assertEquals(201, partial.status(), partial.body());
        assertEquals(true, partial.json().get("onTime"));
        assertEquals("AWARDED", partial.json().get("demandStatus"));
        Answer last = post("/api/awards/" + mebelAward + "/deliveries", officer, delivery(400, today));
        assertEquals(201, last.status(), last.body());
        assertEquals("COMPLETED", last.json().get("demandStatus"));
        assertEquals("COMPLETED", get("/api/demands/" + demandId, officer).json().get("status"));
        assertTrue(Database.count("select count(*) from audit_log where entity_id = ? and action = 'demand.completed'", demandId) == 1);
    }

    private static String award(String bidId, long quantity) {
        return "{\"allocations\":[{\"bidId\":\"" + bidId + "\",\"quantity\":" + quantity + "}]}";
    }

    private static String delivery(long quantity, String on) {
        return "{\"quantity\":" + quantity + ",\"deliveredOn\":\"" + on + "\"}";
    }

    private static String bids(String demandId, String lotId) {
        return "/api/demands/" + demandId + "/lots/" + lotId + "/bids";
    }
}
