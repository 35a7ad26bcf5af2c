package id.rantai.api.tender;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DemandLifecycleIT extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerCreatesEditsPublishesAndCancelsADemand() {
        String officer = login("officer.pertamina");
        Answer created = post("/api/demands", officer, toJson(demand("Matras sabut kelapa untuk kilang", inDays(7), 2)));
        assertEquals(201, created.status(), created.body());
        assertEquals("DRAFT", created.json().get("status"));
        assertEquals(2, ((List<?>) created.json().get("lots")).size());
        String id = (String) created.json().get("id");
        long version = ((Number) created.json().get("version")).longValue();

        Map<String, Object> edited = demand("Matras sabut kelapa (revisi)", inDays(8), 1);
        edited.put("version", version);
        Answer edit = put("/api/demands/" + id, officer, toJson(edited));
        assertEquals(200, edit.status(), edit.body());
        assertEquals("Matras sabut kelapa (revisi)", edit.json().get("title"));
        assertEquals(1, ((List<?>) edit.json().get("lots")).size());

        Answer stale = put("/api/demands/" + id, officer, toJson(edited));
        assertEquals(409, stale.status(), "the same version twice is stale");

        Answer published = post("/api/demands/" + id + "/publish", officer, "");
        assertEquals(200, published.status(), published.body());
        assertEquals("OPEN", published.json().get("status"));
        assertEquals(409, put("/api/demands/" + id, officer, toJson(withVersion(edited, published))).status(),
                "an OPEN demand cannot be edited");
        assertEquals(409, post("/api/demands/" + id + "/publish", officer, "").status(), "publishing twice is illegal");

        Answer cancelled = post("/api/demands/" + id + "/cancel", officer, "");
        assertEquals("CANCELLED", cancelled.json().get("status"));
        assertEquals(409, post("/api/demands/" + id + "/cancel", officer, "").status());
        assertEquals(409, post("/api/demands/" + id + "/publish", officer, "").status());

        List<Object> actions = Database.column("select action from audit_log where entity_type = 'demand' and entity_id = ? order by id", id);
        assertEquals(List.of("demand.created", "demand.edited", "demand.published", "demand.cancelled"), actions);
    }

    @Test
    void anotherBumnSeesOnlyPublishedDemandsAndNeverDrafts() {
        String pertamina = login("officer.pertamina");
        String pln = login("officer.pln");
        String id = (String) post("/api/demands", pertamina, toJson(demand("Baut dan mur baja", inDays(5), 1))).json().get("id");

        assertEquals(404, get("/api/demands/" + id, pln).status(), "a draft of another BUMN does not exist");
        assertEquals(404, get("/api/demands/" + id, login("coop.sabut")).status());
        assertFalse(get("/api/demands?size=100", pln).body().contains(id));
        assertEquals(404, post("/api/demands/" + id + "/publish", pln, "").status());

        post("/api/demands/" + id + "/publish", pertamina, "");
        assertEquals(200, get("/api/demands/" + id, pln).status());
        assertEquals(200, get("/api/demands/" + id, login("coop.sabut")).status());
        assertEquals(403, post("/api/demands/" + id + "/cancel", pln, "").status(), "another BUMN may not cancel it");
        assertEquals("OPEN", get("/api/demands/" + id, pertamina).json().get("status"));
    }

    @Test
    void onlyOfficersCreateDemands() {
        for (String user : List.of("coop.sabut", "analyst.kemenkop", "admin")) {
            Answer answer = post("/api/demands", login(user), toJson(demand("Tidak boleh", inDays(5), 1)));
            assertEquals(403, answer.status(), user);
        }
        assertEquals(401, post("/api/demands", null, toJson(demand("Tidak boleh", inDays(5), 1))).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFiltersByStatusAndPages() {
        String officer = login("officer.pln");
        UUID buyer = (UUID) Database.value("select organization_id from app_user where username = 'officer.pln'");
        for (int i = 0; i < 3; i++) {
            post("/api/demands", officer, toJson(demand("Kabel listrik " + i, inDays(5), 1)));
        }
        Answer drafts = get("/api/demands?status=DRAFT&buyer=" + buyer + "&size=2", officer);
        assertEquals(200, drafts.status(), drafts.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) drafts.json().get("items");
        assertEquals(2, items.size());
        assertTrue(((Number) drafts.json().get("total")).longValue() >= 3);
        assertTrue(items.stream().allMatch(d -> "DRAFT".equals(d.get("status"))));
        assertEquals(400, get("/api/demands?status=NOT_A_STATUS", officer).status());
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneDemand() {
        String officer = login("officer.pertamina");
        String key = UUID.randomUUID().toString();
        String body = toJson(demand("Idempotent: isolator keramik", inDays(5), 1));
        Answer first = post("/api/demands", officer, body, "Idempotency-Key", key);
        Answer again = post("/api/demands", officer, body, "Idempotency-Key", key);
        assertEquals(201, first.status());
        assertEquals(201, again.status());
        assertEquals(first.json().get("id"), again.json().get("id"));
        assertEquals(1L, Database.count("select count(*) from demand where title = 'Idempotent: isolator keramik'"));

        Answer reused = post("/api/demands", officer, toJson(demand("Another body", inDays(5), 1)), "Idempotency-Key", key);
        assertEquals(422, reused.status());
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, Answer current) {
        body.put("version", current.json().get("version"));
        return body;
    }
}
