package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.catalogue.CatalogueFixtures.demoFacility;
import static id.rantai.api.catalogue.CatalogueFixtures.member;
import static id.rantai.api.catalogue.CatalogueFixtures.newNib;
import static id.rantai.api.catalogue.CatalogueFixtures.outboxRows;
import static id.rantai.api.catalogue.CatalogueFixtures.with;
import static id.rantai.api.support.Fixtures.membersOf;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cooperative keeps its capability catalogue; every signed-in user reads it; the rules an entry must keep. */
@MicronautTest(transactional = false)
class CapabilityCatalogueIT extends CatalogueApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCooperativeAddsChangesAndWithdrawsACatalogueEntry() {
        String coop = login("coop.sabut");
        UUID facility = demoFacility("OPERATING");
        List<UUID> members = membersOf("coop.sabut");
        Map<String, Object> body = with(with(capability("Cocofiber press 1 x 2 m"), "facilityIds", List.of(facility)),
                "memberIds", members);
        Answer created = post("/api/capabilities", coop, toJson(body));
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        assertEquals("Koperasi Produsen Sabut Kelapa Minahasa", ((Map<String, Object>) created.json().get("cooperative")).get("name"));
        assertEquals(Map.of("quantity", 5_000, "unit", "pcs"), created.json().get("monthlyCapacity"));
        assertEquals(Map.of("min", 30_000, "max", 45_000), created.json().get("unitPriceIdr"));
        assertEquals(List.of(facility.toString()), created.json().get("facilityIds"));
        assertEquals(members.size(), ((List<?>) created.json().get("memberIds")).size());
        assertEquals(0, ((Number) created.json().get("version")).intValue());

        Answer byOfficer = get("/api/capabilities/" + id, login("officer.pertamina"));
        assertEquals(200, byOfficer.status(), "officers read the catalogue");
        Answer mine = get("/api/capabilities?owner=" + organizationOf("coop.sabut") + "&size=100", login("officer.pln"));
        assertTrue(mine.body().contains(id), "listed under its owner");
        assertFalse(get("/api/capabilities?owner=" + organizationOf("coop.mebel") + "&size=100", coop).body().contains(id));

        Answer edited = put("/api/capabilities/" + id, coop,
                toJson(with(with(body, "title", "Cocofiber press 1 x 2 m (kadar air < 15%)"), "version", 0)));
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Cocofiber press 1 x 2 m (kadar air < 15%)", edited.json().get("title"));
        assertEquals(1, ((Number) edited.json().get("version")).intValue());

        Answer stale = put("/api/capabilities/" + id, coop, toJson(with(body, "version", 0)));
        assertEquals(409, stale.status(), "version 0 is stale now");
        assertEquals(428, put("/api/capabilities/" + id, coop, toJson(body)).status(), "a version is required");
        Answer viaIfMatch = put("/api/capabilities/" + id, coop, toJson(with(body, "leadTimeDays", 14)), "If-Match", "\"1\"");
        assertEquals(200, viaIfMatch.status(), viaIfMatch.body());
        assertEquals(14, ((Number) viaIfMatch.json().get("leadTimeDays")).intValue());

        assertEquals(409, delete("/api/capabilities/" + id, coop, "If-Match", "1").status(), "withdrawing needs the current version");
        assertEquals(428, delete("/api/capabilities/" + id, coop).status());
        assertEquals(204, delete("/api/capabilities/" + id, coop, "If-Match", "2").status());
        assertEquals(404, get("/api/capabilities/" + id, coop).status(), "a withdrawn entry is gone");
        assertEquals(404, get("/api/capabilities/" + id, login("officer.pertamina")).status());
        assertFalse(get("/api/capabilities?owner=" + organizationOf("coop.sabut") + "&size=100", coop).body().contains(id));
        assertEquals(404, put("/api/capabilities/" + id, coop, toJson(with(body, "version", 3))).status());
        assertEquals(1L, Database.count("select count(*) from capability where id = ?::uuid and deleted_at is not null", id),
                "the row stays for history");

        assertEquals(List.of("capability.created", "capability.updated", "capability.updated", "capability.withdrawn"),
                Database.column("select action from audit_log where entity_type = 'capability' and entity_id = ? order by id", id));
        assertEquals(List.of(0L, 1L, 2L, 3L), Database.column(
                "select version from outbox where aggregate_type = 'capability' and aggregate_id = ?::uuid order by id", id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRulesOfAnEntryAreCheckedTogetherAndNothingIsWritten() {
        String coop = login("coop.sabut");
        UUID foreignMember = membersOf("coop.mebel").get(0);
        Map<String, Object> body = capability("Aturan katalog");
        body.put("unitPriceIdr", Map.of("min", 50_000, "max", 40_000));
        body.put("memberIds", List.of(membersOf("coop.sabut").get(0), foreignMember));
        body.put("facilityIds", List.of(UUID.randomUUID()));
        body.put("certifications", List.of("XYZ99"));
        long before = Database.count("select count(*) from capability");
        Answer refused = post("/api/capabilities", coop, toJson(body));
        assertEquals(422, refused.status(), refused.body());
        List<String> fields = ((List<Map<String, Object>>) refused.json().get("errors")).stream()
                .map(e -> (String) e.get("field")).sorted().toList();
        assertEquals(List.of("certifications[0]", "facilityIds[0]", "memberIds[1]", "unitPriceIdr.max"), fields);
        assertEquals(before, Database.count("select count(*) from capability"));
    }

    @Test
    void aCertificationClaimedMustBeHeldByANamedMember() {
        String coop = login("coop.sabut");
        String member = (String) post("/api/cooperatives/" + organizationOf("coop.sabut") + "/members", coop,
                toJson(member("UD Bersertifikat SNI", newNib()))).json().get("id");
        Map<String, Object> body = with(capability("Geotekstil sabut ber-SNI"), "memberIds", List.of(member));

        Answer held = post("/api/capabilities", coop, toJson(with(body, "certifications", List.of("SNI"))));
        assertEquals(201, held.status(), held.body());
        assertEquals(List.of("SNI"), held.json().get("certifications"));

        Answer notHeld = post("/api/capabilities", coop, toJson(with(body, "certifications", List.of("SNI", "CPOTB"))));
        assertEquals(422, notHeld.status(), notHeld.body());
        assertTrue(notHeld.body().contains("certifications[1]"), notHeld.body());
        assertTrue(notHeld.body().contains("none of the named members holds a valid CPOTB"), notHeld.body());
    }

    @Test
    void anotherCooperativeReadsButCannotChangeAnEntry() {
        String sabut = login("coop.sabut");
        Map<String, Object> body = capability("Keset sabut kelapa");
        String id = (String) post("/api/capabilities", sabut, toJson(body)).json().get("id");
        String mebel = login("coop.mebel");
        assertEquals(200, get("/api/capabilities/" + id, mebel).status());
        assertEquals(403, put("/api/capabilities/" + id, mebel, toJson(with(body, "version", 0))).status());
        assertEquals(403, delete("/api/capabilities/" + id, mebel, "If-Match", "0").status());
        for (String user : List.of("officer.pertamina", "analyst.kemenkop", "admin")) {
            assertEquals(403, post("/api/capabilities", login(user), toJson(body)).status(), user);
        }
        assertEquals(401, get("/api/capabilities/" + id, null).status(), "the catalogue needs a login");
        assertEquals(0L, ((Number) Database.value("select version from capability where id = ?::uuid", id)).longValue());
        assertEquals("Keset sabut kelapa", Database.value("select title from capability where id = ?::uuid", id));
        assertEquals(1L, outboxRows("capability", id), "only the creation was announced");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneEntry() {
        String coop = login("coop.mebel");
        String key = UUID.randomUUID().toString();
        String title = "Kursi jati idempoten " + key;
        String body = toJson(capability(title));
        Answer first = post("/api/capabilities", coop, body, "Idempotency-Key", key);
        Answer again = post("/api/capabilities", coop, body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(first.json().get("id"), again.json().get("id"));
        assertEquals(1L, Database.count("select count(*) from capability where title = ?", title));
    }
}
