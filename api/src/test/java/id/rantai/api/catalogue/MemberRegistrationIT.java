package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.catalogue.CatalogueFixtures.member;
import static id.rantai.api.catalogue.CatalogueFixtures.newNib;
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

/** A cooperative registers its member MSMEs; who reads them, and who never reads an owner's name. */
@MicronautTest(transactional = false)
class MemberRegistrationIT extends CatalogueApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCooperativeRegistersAMemberAndFindsItInItsList() {
        String coop = login("coop.mebel");
        UUID mebel = organizationOf("coop.mebel");
        String nib = newNib();
        Answer created = post(members(mebel), coop, toJson(member("UD Ukir Jati Lestari", nib)));
        assertEquals(201, created.status(), created.body());
        assertEquals(nib, created.json().get("nib"));
        assertEquals("Ibu Grace Mandagi", created.json().get("ownerName"));
        assertEquals("MICRO", created.json().get("sizeClass"));
        assertEquals(true, created.json().get("womenLed"));
        assertEquals("SNI", ((List<Map<String, Object>>) created.json().get("certifications")).get(0).get("code"));
        String id = (String) created.json().get("id");

        assertEquals(200, get(members(mebel) + "/" + id, coop).status());
        long total = Database.count("select count(*) from cooperative_member where cooperative_id = ?", mebel);
        Answer all = get(members(mebel) + "?size=100&page=0", coop);
        assertEquals(200, all.status(), all.body());
        assertEquals(total, ((Number) all.json().get("total")).longValue());
        Answer firstPage = get(members(mebel) + "?size=5", coop);
        assertEquals(5, ((List<?>) firstPage.json().get("items")).size(), "paged");
        long pages = (total + 99) / 100;
        boolean found = false;
        for (int page = 0; page < pages && !found; page++) {
            found = get(members(mebel) + "?size=100&page=" + page, coop).body().contains(id);
        }
        assertTrue(found, "the new member is listed");

        List<Object> audit = Database.column("select change::text from audit_log where entity_type = 'msme' and entity_id = ?", id);
        assertEquals(1, audit.size(), "one audit row");
        assertFalse(((String) audit.get(0)).contains("Grace Mandagi"), "the audit log keeps no owner's name");
    }

    @Test
    void theSameNibCannotBeRegisteredTwiceByTheSameOrAnotherCooperative() {
        String mebel = login("coop.mebel");
        String sabut = login("coop.sabut");
        String nib = newNib();
        assertEquals(201, post(members(organizationOf("coop.mebel")), mebel, toJson(member("CV Rotan Asri", nib))).status());

        Answer again = post(members(organizationOf("coop.mebel")), mebel, toJson(member("CV Rotan Asri", nib)));
        assertEquals(409, again.status(), again.body());
        assertTrue(((String) again.json().get("detail")).contains("already a member of your cooperative"), again.body());

        Answer elsewhere = post(members(organizationOf("coop.sabut")), sabut, toJson(member("CV Rotan Asri cabang", nib)));
        assertEquals(409, elsewhere.status(), elsewhere.body());
        assertTrue(((String) elsewhere.json().get("detail")).contains("another cooperative"), elsewhere.body());
        assertFalse(elsewhere.body().contains("Mebel"), "which cooperative holds it is not disclosed");
        assertEquals(1L, Database.count("select count(*) from cooperative_member cm join msme m on m.id = cm.msme_id where m.nib = ?", nib));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMinistryReadsMembersWithoutOwnersNamesAndAdministratorsWithThem() {
        UUID sabut = organizationOf("coop.sabut");
        String nib = newNib();
        assertEquals(201, post(members(sabut), login("coop.sabut"), toJson(member("UD Sabut Amurang", nib))).status());

        Answer ministry = get(members(sabut) + "?size=100", login("analyst.kemenkop"));
        assertEquals(200, ministry.status(), ministry.body());
        assertFalse(ministry.body().contains("ownerName"), "the ministry sees no owner's name");
        List<Map<String, Object>> items = (List<Map<String, Object>>) ministry.json().get("items");
        assertTrue(items.stream().allMatch(m -> m.get("nib") != null), "the ministry sees the NIB (the KUMKM database)");

        Answer admin = get(members(sabut) + "?size=100", login("admin"));
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("ownerName"), "administrators see owners' names");

        Answer own = get(members(sabut) + "?size=100", login("coop.sabut"));
        assertTrue(own.body().contains("ownerName"), "the cooperative sees its own members' owners");
    }

    @Test
    void nobodyElseReadsOrRegistersACooperativesMembers() {
        UUID sabut = organizationOf("coop.sabut");
        long before = Database.count("select count(*) from msme");
        assertEquals(403, get(members(sabut), login("officer.pertamina")).status());
        assertEquals(404, get(members(sabut), login("coop.mebel")).status());
        assertEquals(401, get(members(sabut), null).status());
        assertEquals(404, get(members(organizationOf("officer.pln")), login("analyst.kemenkop")).status(),
                "a BUMN has no members");
        for (String user : List.of("officer.pertamina", "analyst.kemenkop", "admin")) {
            assertEquals(403, post(members(sabut), login(user), toJson(member("Tidak boleh", newNib()))).status(), user);
        }
        assertEquals(404, post(members(sabut), login("coop.mebel"), toJson(member("Tidak boleh", newNib()))).status());
        assertEquals(before, Database.count("select count(*) from msme"));
    }

    @Test
    void aNewMemberAnnouncesEveryLiveCatalogueEntryOfItsCooperativeToSearch() {
        String coop = login("coop.sabut");
        UUID sabut = organizationOf("coop.sabut");
        String entry = (String) post("/api/capabilities", coop, toJson(capability("Tali sabut (coir rope)"))).json().get("id");
        long versionBefore = ((Number) get("/api/capabilities/" + entry, coop).json().get("version")).longValue();
        long rowsBefore = CatalogueFixtures.outboxRows("capability", entry);

        assertEquals(201, post(members(sabut), coop, toJson(member("UD Tali Sabut Tumpaan", newNib()))).status());

        long versionAfter = ((Number) get("/api/capabilities/" + entry, coop).json().get("version")).longValue();
        assertEquals(versionBefore + 1, versionAfter, "a new version, so the index takes the new member profile");
        assertEquals(rowsBefore + 1, CatalogueFixtures.outboxRows("capability", entry));
        assertEquals(versionAfter, ((Number) Database.value(
                "select max(version) from outbox where aggregate_type = 'capability' and aggregate_id = ?::uuid", entry)).longValue());
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String coop = login("coop.mebel");
        String nib = newNib();
        String key = UUID.randomUUID().toString();
        String body = toJson(member("UD Idempoten", nib));
        Answer first = post(members(organizationOf("coop.mebel")), coop, body, "Idempotency-Key", key);
        Answer again = post(members(organizationOf("coop.mebel")), coop, body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json().get("id"), again.json().get("id"));
        assertEquals(1L, Database.count("select count(*) from msme where nib = ?", nib));
    }

    private static String members(UUID cooperative) {
        return "/api/cooperatives/" + cooperative + "/members";
    }
}
