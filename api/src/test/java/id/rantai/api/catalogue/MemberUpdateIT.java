package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.catalogue.CatalogueFixtures.member;
import static id.rantai.api.catalogue.CatalogueFixtures.newNib;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cooperative corrects its members' details and ends memberships, without breaking what names them. */
@MicronautTest(transactional = false)
class MemberUpdateIT extends CatalogueApiTest {

    @Test
    void aCooperativeCorrectsAMemberWithItsVersionAndTheCatalogueIsReannounced() {
        String coop = login("coop.sabut");
        UUID sabut = organizationOf("coop.sabut");
        String memberPath = register(coop, sabut, member("UD Sabut Tondano", newNib()));
        String entry = (String) post("/api/capabilities", coop, toJson(capability("Cocomesh Tondano"))).json().get("id");
        long entryVersion = version(get("/api/capabilities/" + entry, coop));
        Answer read = get(memberPath, coop);
        long version = version(read);

        Map<String, Object> corrected = member("UD Sabut Tondano Jaya", (String) read.json().get("nib"));
        corrected.put("womenLed", false);
        corrected.put("sizeClass", "SMALL");
        Answer updated = put(memberPath, coop, toJson(corrected), "If-Match", Long.toString(version));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("UD Sabut Tondano Jaya", updated.json().get("name"));
        assertEquals(false, updated.json().get("womenLed"));
        assertEquals("SMALL", updated.json().get("sizeClass"));
        assertEquals(version + 1, version(updated));
        assertEquals(1L, Database.count("select count(*) from audit_log where entity_id = ? and action = 'member.updated'",
                updated.json().get("id")));
        assertEquals(entryVersion + 1, version(get("/api/capabilities/" + entry, coop)), "search gets the new member profile");

        Answer stale = put(memberPath, coop, toJson(member("Versi lama", (String) read.json().get("nib"))), "If-Match", Long.toString(version));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(428, put(memberPath, coop, toJson(corrected)).status(), "the version is required");
        assertEquals("UD Sabut Tondano Jaya", get(memberPath, coop).json().get("name"), "nothing changed by the refused ones");
    }

    @Test
    void nobodyElseChangesOrRemovesACooperativesMember() {
        String coop = login("coop.sabut");
        UUID sabut = organizationOf("coop.sabut");
        String memberPath = register(coop, sabut, member("UD Sabut Bitung", newNib()));
        Answer read = get(memberPath, coop);
        String ifMatch = Long.toString(version(read));
        String body = toJson(member("Diambil alih", (String) read.json().get("nib")));

        assertEquals(404, put(memberPath, login("coop.mebel"), body, "If-Match", ifMatch).status());
        assertEquals(404, delete(memberPath, login("coop.mebel"), "If-Match", ifMatch).status());
        for (String user : List.of("officer.pertamina", "analyst.kemenkop")) {
            assertEquals(403, put(memberPath, login(user), body, "If-Match", ifMatch).status(), user);
            assertEquals(403, delete(memberPath, login(user), "If-Match", ifMatch).status(), user);
        }
        assertEquals(401, put(memberPath, null, body, "If-Match", ifMatch).status());
        assertEquals(200, get(memberPath, coop).status());
        assertEquals("UD Sabut Bitung", get(memberPath, coop).json().get("name"));
    }

    @Test
    void aCertificateACatalogueEntryReliesOnCannotBeDroppedAndABadBodyChangesNothing() {
        String coop = login("coop.mebel");
        UUID mebel = organizationOf("coop.mebel");
        String memberPath = register(coop, mebel, member("CV Halal Jepara", newNib()));
        Answer read = get(memberPath, coop);
        String memberId = (String) read.json().get("id");
        Map<String, Object> entry = capability("Meja kayu bersertifikat SNI");
        entry.put("certifications", List.of("SNI"));
        entry.put("memberIds", List.of(memberId));
        Answer created = post("/api/capabilities", coop, toJson(entry));
        assertEquals(201, created.status(), created.body());

        Map<String, Object> withoutSni = member("CV Halal Jepara", (String) read.json().get("nib"));
        withoutSni.put("certifications", List.of());
        Answer refused = put(memberPath, coop, toJson(withoutSni), "If-Match", Long.toString(version(read)));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("Meja kayu bersertifikat SNI"), refused.body());
        assertEquals(1L, Database.count("select count(*) from msme_certification where msme_id = ?::uuid and code = 'SNI'", memberId));

        Map<String, Object> bad = member("C", "123");
        Answer invalid = put(memberPath, coop, toJson(bad), "If-Match", Long.toString(version(read)));
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals(version(read), version(get(memberPath, coop)));
    }

    @Test
    void aMemberNamedInALiveEntryStaysUntilTheEntryIsWithdrawnAndItsNibCanThenJoinAnotherCooperative() {
        String coop = login("coop.sabut");
        UUID sabut = organizationOf("coop.sabut");
        String nib = newNib();
        String memberPath = register(coop, sabut, member("UD Serabut Minahasa", nib));
        String memberId = (String) get(memberPath, coop).json().get("id");
        Map<String, Object> entry = capability("Serat sabut Minahasa");
        entry.put("memberIds", List.of(memberId));
        String entryId = (String) post("/api/capabilities", coop, toJson(entry)).json().get("id");

        Answer named = delete(memberPath, coop, "If-Match", Long.toString(version(get(memberPath, coop))));
        assertEquals(409, named.status(), named.body());
        assertTrue(named.body().contains("Serat sabut Minahasa"), named.body());
        assertEquals(200, get(memberPath, coop).status());

        long entryVersion = version(get("/api/capabilities/" + entryId, coop));
        assertEquals(204, delete("/api/capabilities/" + entryId, coop, "If-Match", Long.toString(entryVersion)).status());
        Answer removed = delete(memberPath, coop, "If-Match", Long.toString(version(get(memberPath, coop))));
        assertEquals(204, removed.status(), removed.body());
        assertEquals(404, get(memberPath, coop).status());
        assertEquals(1L, Database.count("select count(*) from audit_log where entity_id = ? and action = 'member.removed'", memberId));
        assertEquals(1L, Database.count("select count(*) from msme where id = ?::uuid", memberId),
                "the withdrawn entry's history still names it");

        String mebel = login("coop.mebel");
        Answer joined = post("/api/cooperatives/" + organizationOf("coop.mebel") + "/members", mebel, toJson(member("UD Serabut Minahasa", nib)));
        assertEquals(201, joined.status(), joined.body());
        assertEquals(memberId, joined.json().get("id"), "the same MSME, now with another cooperative");
    }

    @Test
    void aMemberNobodyNamesIsRemovedWithItsRecord() {
        String coop = login("coop.mebel");
        String memberPath = register(coop, organizationOf("coop.mebel"), member("UD Sementara", newNib()));
        String memberId = (String) get(memberPath, coop).json().get("id");
        assertEquals(428, delete(memberPath, coop).status());
        assertEquals(204, delete(memberPath, coop, "If-Match", Long.toString(version(get(memberPath, coop)))).status());
        assertEquals(0L, Database.count("select count(*) from msme where id = ?::uuid", memberId));
        assertEquals(404, delete(memberPath, coop, "If-Match", "1").status());
    }

    private String register(String token, UUID cooperative, Map<String, Object> member) {
        Answer created = post("/api/cooperatives/" + cooperative + "/members", token, toJson(member));
        assertEquals(201, created.status(), created.body());
        return "/api/cooperatives/" + cooperative + "/members/" + created.json().get("id");
    }

    private static long version(Answer answer) {
        return ((Number) answer.json().get("version")).longValue();
    }
}
