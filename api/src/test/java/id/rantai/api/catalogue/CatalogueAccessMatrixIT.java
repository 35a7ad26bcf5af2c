package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.catalogue.CatalogueFixtures.demoFacility;
import static id.rantai.api.catalogue.CatalogueFixtures.facility;
import static id.rantai.api.catalogue.CatalogueFixtures.member;
import static id.rantai.api.catalogue.CatalogueFixtures.newNib;
import static id.rantai.api.catalogue.CatalogueFixtures.with;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every role against every catalogue endpoint, with the answer a client must get: public reads need no login,
 * the catalogue needs one, members are back-office data, writes belong to the owner (or the ministry for
 * facilities). The refused writes change nothing.
 */
@MicronautTest(transactional = false)
class CatalogueAccessMatrixIT extends CatalogueApiTest {

    private static final List<String> USERS = List.of("officer.pertamina", "coop.sabut", "coop.mebel", "analyst.kemenkop", "admin");

    private final Map<String, String> tokens = new HashMap<>();
    private UUID sabut;
    private String sabutEntry;
    private UUID facilityId;

    record Case(String user, String method, String path, String body, int expected) {
    }

    @BeforeAll
    void aCatalogueEntryOfTheSabutCooperative() {
        USERS.forEach(user -> tokens.put(user, login(user)));
        sabut = organizationOf("coop.sabut");
        sabutEntry = (String) post("/api/capabilities", tokens.get("coop.sabut"), toJson(capability("Matriks: cocomesh")))
                .json().get("id");
        facilityId = demoFacility("PLANNED");
    }

    @Test
    void everyRoleGetsTheAnswerItShould() {
        String members = "/api/cooperatives/" + sabut + "/members";
        String entry = "/api/capabilities/" + sabutEntry;
        String memberBody = toJson(member("Matriks UMKM", newNib()));
        String entryBody = toJson(with(capability("Matriks: ditolak"), "version", 0));
        String facilityBody = toJson(with(facility("Matriks ditolak " + UUID.randomUUID()), "version", 0));
        List<Case> cases = new ArrayList<>();
        for (String user : USERS) {
            boolean sabutUser = user.equals("coop.sabut");
            boolean keeper = user.equals("analyst.kemenkop") || user.equals("admin");
            cases.add(new Case(user, "GET", "/api/organizations/" + sabut, null, 200));
            cases.add(new Case(user, "GET", "/api/capabilities?owner=" + sabut, null, 200));
            cases.add(new Case(user, "GET", entry, null, 200));
            cases.add(new Case(user, "GET", "/api/facilities/" + facilityId + "/capacity", null, 200));
            cases.add(new Case(user, "GET", members, null,
                    sabutUser || keeper ? 200 : user.equals("coop.mebel") ? 404 : 403));
            if (!sabutUser) {
                cases.add(new Case(user, "POST", members, memberBody, user.equals("coop.mebel") ? 404 : 403));
                cases.add(new Case(user, "PUT", entry, entryBody, 403));
                cases.add(new Case(user, "DELETE", entry, null, 403));
            }
            if (!user.startsWith("coop")) {
                cases.add(new Case(user, "POST", "/api/capabilities", entryBody, 403));
            }
            if (!keeper) {
                cases.add(new Case(user, "POST", "/api/facilities", facilityBody, 403));
                cases.add(new Case(user, "PUT", "/api/facilities/" + facilityId, facilityBody, 403));
            }
        }
        for (String path : List.of("/api/organizations/" + sabut, "/api/facilities", "/api/facilities/" + facilityId,
                "/api/facilities/" + facilityId + "/capacity")) {
            cases.add(new Case(null, "GET", path, null, 200));
        }
        for (String path : List.of(members, "/api/capabilities", entry)) {
            cases.add(new Case(null, "GET", path, null, 401));
        }
        cases.add(new Case(null, "POST", members, memberBody, 401));
        cases.add(new Case(null, "POST", "/api/capabilities", entryBody, 401));
        cases.add(new Case(null, "PUT", entry, entryBody, 401));
        cases.add(new Case(null, "DELETE", entry, null, 401));
        cases.add(new Case(null, "POST", "/api/facilities", facilityBody, 401));
        cases.add(new Case(null, "PUT", "/api/facilities/" + facilityId, facilityBody, 401));

        long msmes = Database.count("select count(*) from msme");
        long entries = Database.count("select count(*) from capability");
        long facilities = Database.count("select count(*) from facility");
        long facilityVersion = ((Number) Database.value("select version from facility where id = ?", facilityId)).longValue();
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            String token = c.user() == null ? null : tokens.get(c.user());
            Answer answer = c.method().equals("DELETE")
                    ? delete(c.path(), token, "If-Match", "0")
                    : send(c.method(), c.path(), token, c.body());
            checks.add(() -> assertEquals(c.expected(), answer.status(), c + " → " + answer.body()));
        }
        assertAll(checks);
        assertEquals(msmes, Database.count("select count(*) from msme"), "refused writes register no MSME");
        assertEquals(entries, Database.count("select count(*) from capability"), "refused writes add no entry");
        assertEquals(facilities, Database.count("select count(*) from facility"), "refused writes add no facility");
        assertEquals(0L, ((Number) Database.value("select version from capability where id = ?::uuid", sabutEntry)).longValue());
        assertEquals(null, Database.value("select deleted_at from capability where id = ?::uuid", sabutEntry));
        assertEquals(facilityVersion, ((Number) Database.value("select version from facility where id = ?", facilityId)).longValue());
    }
}
