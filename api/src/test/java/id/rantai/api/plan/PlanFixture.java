package id.rantai.api.plan;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.ApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A published demand of Pertamina with one lot of 1,000 units and two bids of 700, in EVALUATION. */
abstract class PlanFixture extends ApiTestSupport {

    record Tender(String demandId, String lotId, String sabutBid, String mebelBid) {
    }

    @SuppressWarnings("unchecked")
    Tender tenderInEvaluation(String title) {
        String officer = login("officer.pertamina");
        Answer created = post("/api/demands", officer, toJson(demand(title, inSeconds(4), 1)));
        assertEquals(201, created.status(), created.body());
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + demandId + "/publish", officer, "").status());
        String bids = "/api/demands/" + demandId + "/lots/" + lotId + "/bids";
        Answer sabut = post(bids, login("coop.sabut"), toJson(bid(700, 40_000, membersOf("coop.sabut"))));
        assertEquals(201, sabut.status(), sabut.body());
        Answer mebel = post(bids, login("coop.mebel"), toJson(bid(700, 42_000, membersOf("coop.mebel"))));
        assertEquals(201, mebel.status(), mebel.body());
        await().atMost(Duration.ofSeconds(30)).until(() -> "EVALUATION".equals(get("/api/demands/" + demandId, officer).json().get("status")));
        return new Tender(demandId, lotId, (String) sabut.json().get("id"), (String) mebel.json().get("id"));
    }

    static String planBody(String rules, int timeLimitSeconds) {
        return "{\"rules\":" + rules + ",\"timeLimitSeconds\":" + timeLimitSeconds + "}";
    }

    /** Waits (no timed assertion: the bound only keeps a broken build from hanging) until the plan has left SOLVING. */
    Answer awaitFinished(String planId, String officer) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(get("/api/award-plans/" + planId, officer).json().get("status")));
        return get("/api/award-plans/" + planId, officer);
    }
}
