package id.rantai.api.search;

import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Search as its users meet it: public, Indonesian-aware, fed from PostgreSQL through the outbox. */
@MicronautTest(transactional = false)
class SearchApiIT extends ApiTestSupport {

    @BeforeAll
    void indicesCaughtUpWithTheDemoData() {
        awaitDemoCatalogueIndexed();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueIsSearchableWithoutLoginInBahasaAndEnglish() {
        Answer sabut = get("/api/search/capabilities?q=sabut+kelapa&size=5", null);
        assertEquals(200, sabut.status(), sabut.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) sabut.json().get("items");
        assertFalse(items.isEmpty());
        assertTrue(((Map<String, Object>) sabut.json().get("facets")).containsKey("province"), sabut.body());

        Answer coir = get("/api/search/capabilities?q=coir&size=5", null);
        assertEquals(200, coir.status());
        assertTrue(coir.body().toLowerCase().contains("sabut"), "the English synonym finds the Indonesian entries: " + coir.body());

        Answer near = get("/api/search/capabilities?q=sabut&near=1.47,124.84&radiusKm=300&sort=distance", null);
        assertEquals(200, near.status(), near.body());
        for (Map<String, Object> hit : (List<Map<String, Object>>) near.json().get("items")) {
            assertTrue(((Number) hit.get("distanceKm")).doubleValue() <= 300, hit.toString());
        }
        assertFalse(sabut.body().contains("ownerName"));
    }

    @Test
    void badQueriesAnswer400NeverA500() {
        List<String> bad = List.of("?q=" + "x".repeat(10_000), "?near=1,2&radiusKm=-5", "?radiusKm=10", "?sort=price",
                "?size=0", "?size=100000", "?searchAfter=not-a-token", "?near=north", "?womenLed=maybe", "?kbli=abc",
                "?province=Jawa", "?q=" + URLEncoder.encode("\"unbalanced", StandardCharsets.UTF_8) + "&facets=colour");
        List<Executable> checks = new ArrayList<>();
        for (String query : bad) {
            Answer answer = get("/api/search/capabilities" + query, null);
            checks.add(() -> {
                assertEquals(400, answer.status(), query + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"));
            });
        }
        Answer suggest = get("/api/search/suggest", null);
        checks.add(() -> assertEquals(400, suggest.status()));
        assertAll(checks);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedDemandBecomesSearchableAndADraftNever() {
        String officer = login("officer.pertamina");
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase();
        String published = (String) post("/api/demands", officer, toJson(demand("Matras " + word + " terbit", inDays(5), 1))).json().get("id");
        String draft = (String) post("/api/demands", officer, toJson(demand("Matras " + word + " draf", inDays(5), 1))).json().get("id");
        post("/api/demands/" + published + "/publish", officer, "");

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/search/demands?q=" + word, null).body().contains(published));
        Answer found = get("/api/search/demands?q=" + word, null);
        assertFalse(found.body().contains(draft), "a draft is never searchable");
        assertFalse(found.body().matches("(?s).*\"(bids|bidCount)\".*"), "nothing about bids in search");
        assertTrue(get("/api/search/suggest?q=matras", null).status() == 200);

        String lot = (String) ((List<Map<String, Object>>) get("/api/demands/" + published, officer).json().get("lots")).get(0).get("id");
        Answer candidates = get("/api/demands/" + published + "/lots/" + lot + "/candidates?size=5", officer);
        assertEquals(200, candidates.status(), candidates.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) candidates.json().get("items");
        assertFalse(items.isEmpty(), "cooperatives able to make coconut-fibre mats are proposed");
        assertFalse(((List<?>) items.get(0).get("reasons")).isEmpty(), "each with its reasons");
        assertEquals(403, get("/api/demands/" + published + "/lots/" + lot + "/candidates", login("coop.sabut")).status());
    }

    @Test
    void aCooperativeGetsRecommendationsOnlyForItself() {
        String sabut = login("coop.sabut");
        String own = (String) get("/api/me", sabut).json().get("organizationId");
        String other = (String) get("/api/me", login("coop.mebel")).json().get("organizationId");
        assertEquals(200, get("/api/cooperatives/" + own + "/recommended-demands", sabut).status());
        assertEquals(404, get("/api/cooperatives/" + other + "/recommended-demands", sabut).status());
        assertEquals(403, get("/api/cooperatives/" + own + "/recommended-demands", login("officer.pln")).status());
    }

    @Test
    void anAdminRebuildsTheIndicesWhileSearchKeepsAnswering() {
        String admin = login("admin");
        assertEquals(403, post("/api/admin/reindex", login("analyst.kemenkop"), "").status());
        Answer started = post("/api/admin/reindex", admin, "");
        assertEquals(202, started.status(), started.body());
        String job = (String) started.json().get("id");
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            assertEquals(200, get("/api/search/capabilities?q=mebel", null).status(), "searches answer during the rebuild");
            return !"RUNNING".equals(get("/api/admin/reindex/" + job, admin).json().get("status"));
        });
        assertEquals("DONE", get("/api/admin/reindex/" + job, admin).json().get("status"));
        assertTrue(get("/prometheus", admin).body().contains("rantai_search_outbox_lag_seconds"));
    }
}
