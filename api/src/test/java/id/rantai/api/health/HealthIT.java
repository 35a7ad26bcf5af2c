package id.rantai.api.health;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Health says UP or DOWN to everyone and its details only to administrators; metrics are for administrators and the
 * Prometheus scraper's token, and never count requests per bid route.
 */
@MicronautTest(transactional = false)
class HealthIT extends ApiTestSupport {

    private static final String SCRAPER_TOKEN = "health-it-scraper-token-0123456789abcdef";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("rantai.metrics.token", SCRAPER_TOKEN);
        return properties;
    }

    @Test
    void healthSaysOnlyUpWithoutAnAdministratorsLogin() {
        List<Executable> checks = new ArrayList<>();
        for (String token : new String[] {null, login("coop.sabut"), login("analyst.kemenkop"), SCRAPER_TOKEN}) {
            for (String path : List.of("/health", "/health/readiness", "/health/liveness")) {
                Answer answer = get(path, token);
                checks.add(() -> assertEquals(200, answer.status(), path + " " + answer.body()));
                checks.add(() -> assertEquals(Map.of("status", "UP"), answer.json(), path + ": status only, got " + answer.body()));
                checks.add(() -> assertFalse(answer.body().matches("(?si).*(jdbc|postgres|diskSpace|version|rantai_).*"),
                        path + " " + answer.body()));
            }
        }
        assertAll(checks);
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorsSeeTheDetails() {
        Answer answer = get("/health", login("admin"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("UP", answer.json().get("status"));
        Map<String, Object> details = (Map<String, Object>) answer.json().get("details");
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"), answer.body());
        assertEquals("UP", ((Map<String, Object>) details.get("elasticsearch")).get("status"), answer.body());
    }

    @Test
    void metricsNeedTheScrapersTokenOrAnAdministrator() {
        for (String path : List.of("/prometheus", "/metrics", "/metrics/jvm.memory.used")) {
            assertEquals(401, get(path, null).status(), path + " anonymously");
            assertEquals(401, get(path, "not-the-scraper-token-0123456789abcdefgh").status(), path + " with a wrong token");
            assertEquals(403, get(path, login("coop.sabut")).status(), path + " as a cooperative");
            assertEquals(403, get(path, login("analyst.kemenkop")).status(), path + " as the ministry");
            assertEquals(200, get(path, login("admin")).status(), path + " as an administrator");
            assertEquals(200, get(path, SCRAPER_TOKEN).status(), path + " with the scraper's token");
        }
        Answer scraped = get("/prometheus", SCRAPER_TOKEN);
        assertTrue(scraped.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
        assertTrue(scraped.body().contains("http_server_requests_seconds_count"), "other routes are measured");
    }

    @Test
    @SuppressWarnings("unchecked")
    void bidRoutesAreNotCountedPerRoute() {
        String officer = login("officer.pln");
        Answer created = post("/api/demands", officer, toJson(demand("Metrik: tikar sabut", inDays(4), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + demandId + "/publish", officer, "").status());
        String sabut = login("coop.sabut");
        Answer bid = post("/api/demands/" + demandId + "/lots/" + lotId + "/bids", sabut, toJson(bid(100, 30_000, membersOf("coop.sabut"))));
        assertEquals(201, bid.status(), bid.body());
        get("/api/demands/" + demandId + "/lots/" + lotId + "/bids/" + bid.json().get("id"), sabut);
        get("/api/bids?mine=true", sabut);

        String scraped = get("/prometheus", SCRAPER_TOKEN).body();
        assertTrue(scraped.matches("(?s).*uri=\"/api/demands/\\{\\w+}/publish\".*"), "the publish route is measured");
        assertFalse(scraped.contains("/bids"), "no series of a bid route: "
                + scraped.lines().filter(l -> l.contains("/bids")).toList());
        assertFalse(get("/metrics/http.server.requests", login("admin")).body().contains("/bids"));
    }
}
