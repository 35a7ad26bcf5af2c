package id.rantai.api.plan;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may ask for a plan, and bodies that are refused without writing anything. */
@MicronautTest(transactional = false)
class PlanAccessIT extends PlanFixture {

    private static final String RULES = "{\"minMsmeSharePct\":40}";

    @Test
    void onlyTheBuyersOfficersPlanADemandInEvaluation() {
        Tender tender = tenderInEvaluation("Plan access: sabut");
        String path = "/api/demands/" + tender.demandId() + "/award-plans";
        String body = planBody(RULES, 1);

        assertEquals(403, post(path, login("officer.pln"), body).status(), "another BUMN's officer");
        assertEquals(403, post(path, login("coop.sabut"), body).status(), "a cooperative");
        assertEquals(403, post(path, login("analyst.kemenkop"), body).status(), "the ministry");
        assertEquals(401, post(path, null, body).status());
        assertEquals(404, post("/api/demands/" + UUID.randomUUID() + "/award-plans", login("officer.pertamina"), body).status());
        assertEquals(0L, planRows(tender.demandId()));

        String officer = login("officer.pertamina");
        String draft = (String) post("/api/demands", officer, toJson(demand("Plan access: draft", inDays(3), 1))).json().get("id");
        assertEquals(404, post("/api/demands/" + draft + "/award-plans", login("officer.pln"), body).status(), "a draft of another BUMN");
        assertEquals(409, post("/api/demands/" + draft + "/award-plans", officer, body).status(), "not in EVALUATION");
        assertEquals(0L, planRows(draft));
    }

    @Test
    void badBodiesAreRefusedAndNothingIsWritten() {
        Tender tender = tenderInEvaluation("Plan bad input: sabut");
        String path = "/api/demands/" + tender.demandId() + "/award-plans";
        String officer = login("officer.pertamina");

        assertEquals(400, post(path, officer, planBody(RULES, 0)).status(), "time limit below 1 s");
        assertEquals(400, post(path, officer, planBody(RULES, 301)).status(), "time limit above 300 s");
        assertEquals(400, post(path, officer, "{\"timeLimitSeconds\":10}").status(), "no rules");
        assertEquals(400, post(path, officer, "{\"rules\":{}}").status(), "no time limit");
        assertEquals(400, post(path, officer, planBody("{\"minMsmeSharePct\":101}", 10)).status());
        assertEquals(400, post(path, officer, planBody("{\"maxSharePerBidderPct\":0}", 10)).status());
        assertEquals(400, post(path, officer, "{\"rules\":").status(), "not JSON");
        assertEquals(400, post(path, officer, planBody("{\"hard\":[\"no rule\"]}", 10)).status());
        assertEquals(422, post(path, officer, planBody("{\"hard\":[\"NO_SUCH_RULE\"]}", 10)).status());
        assertEquals(422, post(path, officer, planBody("{\"tkdnPreference\":true,\"hard\":[\"TKDN_PREFERENCE\"]}", 10)).status());
        assertEquals(422, post(path, officer, planBody("{\"hard\":[\"MIN_GREEN_SHARE\"]}", 10)).status(), "hard but not set");
        assertEquals(422, post(path, officer, planBody("{\"minSuppliersPerLot\":3,\"maxSuppliersPerLot\":2}", 10)).status());
        assertEquals(0L, planRows(tender.demandId()));
    }

    private static long planRows(String demandId) {
        return Database.count("select count(*) from award_plan where demand_id = ?::uuid", demandId);
    }
}
