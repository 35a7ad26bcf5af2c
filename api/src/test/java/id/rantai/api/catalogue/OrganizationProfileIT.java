package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organisations' public profiles: anyone reads them, and no member's personal data is in them. */
@MicronautTest(transactional = false)
class OrganizationProfileIT extends CatalogueApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCooperativesProfileShowsItsMembersInFiguresWithoutSigningIn() {
        UUID sabut = organizationOf("coop.sabut");
        String entry = (String) post("/api/capabilities", login("coop.sabut"), toJson(capability("Cocopeat untuk profil")))
                .json().get("id");
        Answer profile = get("/api/organizations/" + sabut, null);
        assertEquals(200, profile.status(), profile.body());
        assertEquals("COOPERATIVE", profile.json().get("type"));
        assertEquals("Koperasi Produsen Sabut Kelapa Minahasa", profile.json().get("name"));
        assertEquals("ID-SA", profile.json().get("province"));
        assertEquals("Sulawesi Utara", profile.json().get("provinceName"));

        Map<String, Object> members = (Map<String, Object>) profile.json().get("members");
        long total = Database.count("select count(*) from cooperative_member where cooperative_id = ?", sabut);
        assertEquals(total, ((Number) members.get("total")).longValue());
        assertEquals(total, ((Number) members.get("micro")).longValue() + ((Number) members.get("small")).longValue()
                + ((Number) members.get("medium")).longValue());
        assertEquals(Database.count("select count(*) from cooperative_member cm join msme m on m.id = cm.msme_id "
                + "where cm.cooperative_id = ? and m.women_led", sabut), ((Number) members.get("womenLed")).longValue());
        List<Map<String, Object>> capabilities = (List<Map<String, Object>>) profile.json().get("capabilities");
        assertTrue(capabilities.stream().anyMatch(c -> entry.equals(c.get("id")) && "Cocopeat untuk profil".equals(c.get("title"))));
        assertTrue(((List<?>) profile.json().get("facilities")).size() >= 1, "it operates the Minahasa coir facility");

        String body = profile.body();
        for (Object nib : Database.column("select m.nib from cooperative_member cm join msme m on m.id = cm.msme_id "
                + "where cm.cooperative_id = ?", sabut)) {
            assertFalse(body.contains((String) nib), "no member's NIB in a public profile");
        }
        for (Object owner : Database.column("select m.owner_name from cooperative_member cm join msme m on m.id = cm.msme_id "
                + "where cm.cooperative_id = ? and m.owner_name is not null", sabut)) {
            assertFalse(body.contains((String) owner), "no owner's name in a public profile");
        }
        assertFalse(body.contains("ownerName") || body.contains("\"nib\""));
    }

    @Test
    void aBumnAndTheMinistryHaveProfilesToo() {
        Answer pln = get("/api/organizations/" + organizationOf("officer.pln"), null);
        assertEquals(200, pln.status(), pln.body());
        assertEquals("BUMN", pln.json().get("type"));
        assertEquals("PT PLN (Persero)", pln.json().get("name"));
        assertNull(pln.json().get("members"), "figures are for cooperatives");
        Answer ministry = get("/api/organizations/" + organizationOf("analyst.kemenkop"), login("officer.pln"));
        assertEquals(200, ministry.status(), ministry.body());
        assertEquals("MINISTRY", ministry.json().get("type"));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        assertEquals(404, get("/api/organizations/" + UUID.randomUUID(), null).status());
        UUID msme = (UUID) Database.value("select id from msme limit 1");
        assertEquals(404, get("/api/organizations/" + msme, null).status(), "an MSME has no public profile");
        assertEquals(400, get("/api/organizations/not-a-uuid", null).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void officersReadTheCatalogueButNeverAnOwnersName() {
        String officer = login("officer.pertamina");
        Answer catalogue = get("/api/capabilities?size=100", officer);
        assertEquals(200, catalogue.status());
        assertFalse(catalogue.body().contains("ownerName"));
        for (Map<String, Object> item : (List<Map<String, Object>>) catalogue.json().get("items")) {
            for (Object owner : Database.column("select m.owner_name from capability_member cm join msme m on m.id = cm.msme_id "
                    + "where cm.capability_id = ?::uuid and m.owner_name is not null", item.get("id"))) {
                assertFalse(catalogue.body().contains((String) owner), "no owner's name in the catalogue");
            }
        }
        assertFalse(get("/api/facilities?size=100", null).body().contains("ownerName"));
    }

    @Test
    void theCatalogueIsDescribedInTheOpenApiDocument() {
        String spec = get("/openapi.yml", null).body();
        for (String path : List.of("/api/organizations/{id}", "/api/cooperatives/{cooperativeId}/members", "/api/capabilities",
                "/api/capabilities/{id}", "/api/facilities", "/api/facilities/{id}", "/api/facilities/{id}/capacity")) {
            assertTrue(spec.contains(path + ":"), path + " is documented");
        }
    }
}
