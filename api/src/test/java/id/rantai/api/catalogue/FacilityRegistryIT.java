package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.demoFacility;
import static id.rantai.api.catalogue.CatalogueFixtures.facility;
import static id.rantai.api.catalogue.CatalogueFixtures.outboxRows;
import static id.rantai.api.catalogue.CatalogueFixtures.with;
import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ministry keeps the registry of shared production houses; anyone reads it and its weekly hours. */
@MicronautTest(transactional = false)
class FacilityRegistryIT extends CatalogueApiTest {

    private static final LocalDate THIS_MONDAY = LocalDate.now(ZoneId.of("Asia/Jakarta"))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Test
    @SuppressWarnings("unchecked")
    void anyoneReadsTheRegistryWithoutSigningIn() {
        Answer list = get("/api/facilities?size=100", null);
        assertEquals(200, list.status(), list.body());
        assertTrue(((Number) list.json().get("total")).intValue() >= 18, "the demo's 18 facilities at least");
        Answer operating = get("/api/facilities?status=OPERATING&province=ID-SA", null);
        List<Map<String, Object>> items = (List<Map<String, Object>>) operating.json().get("items");
        assertTrue(items.stream().anyMatch(f -> ((String) f.get("name")).contains("Sabut Kelapa Minahasa")), operating.body());
        assertTrue(items.stream().allMatch(f -> "OPERATING".equals(f.get("status")) && "ID-SA".equals(f.get("province"))));

        UUID id = demoFacility("OPERATING");
        Answer one = get("/api/facilities/" + id, null);
        assertEquals(200, one.status(), one.body());
        assertTrue(((List<?>) one.json().get("processes")).size() > 0);
        assertEquals(404, get("/api/facilities/" + UUID.randomUUID(), null).status());
        assertEquals(400, get("/api/facilities?status=CLOSED", null).status());
        assertEquals(400, get("/api/facilities?province=Aceh", null).status());
    }

    @Test
    void theMinistryRegistersAFacilityAndAnAdministratorChangesItsStatus() {
        String name = "Rumah Produksi Bersama Kelapa Gorontalo " + UUID.randomUUID();
        Map<String, Object> body = with(facility(name), "status", "PLANNED");
        body.remove("openedOn");
        Answer created = post("/api/facilities", login("analyst.kemenkop"), toJson(body));
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        assertEquals("PLANNED", created.json().get("status"));

        Map<String, Object> opened = with(with(body, "status", "OPERATING"), "openedOn", LocalDate.now().minusDays(1).toString());
        Answer changed = put("/api/facilities/" + id, login("admin"), toJson(with(with(opened, "weeklyCapacityHours", 120), "version", 0)));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("OPERATING", changed.json().get("status"));
        assertEquals(120, ((Number) changed.json().get("weeklyCapacityHours")).intValue());
        assertEquals(409, put("/api/facilities/" + id, login("admin"), toJson(with(opened, "version", 0))).status(), "stale");
        assertEquals(428, put("/api/facilities/" + id, login("admin"), toJson(opened)).status());
        Answer duplicate = post("/api/facilities", login("analyst.kemenkop"), toJson(body));
        assertEquals(409, duplicate.status(), "names are unique");

        String key = UUID.randomUUID().toString();
        String other = toJson(facility("Rumah Produksi Idempoten " + key));
        Answer first = post("/api/facilities", login("admin"), other, "Idempotency-Key", key);
        Answer again = post("/api/facilities", login("admin"), other, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(first.json().get("id"), again.json().get("id"), "a retried registration registers once");

        assertEquals(List.of("facility.registered", "facility.updated"),
                Database.column("select action from audit_log where entity_type = 'facility' and entity_id = ? order by id", id));
        assertEquals(List.of(0L, 1L), Database.column(
                "select version from outbox where aggregate_type = 'facility' and aggregate_id = ?::uuid order by id", id));
    }

    @Test
    void onlyTheMinistryAndAdministratorsChangeTheRegistry() {
        UUID id = demoFacility("PLANNED");
        Map<String, Object> body = facility("Tidak boleh " + UUID.randomUUID());
        long before = Database.count("select count(*) from facility");
        long version = ((Number) Database.value("select version from facility where id = ?", id)).longValue();
        for (String user : List.of("coop.sabut", "officer.pertamina")) {
            assertEquals(403, post("/api/facilities", login(user), toJson(body)).status(), user);
            assertEquals(403, put("/api/facilities/" + id, login(user), toJson(with(body, "version", version))).status(), user);
        }
        assertEquals(401, post("/api/facilities", null, toJson(body)).status());
        assertEquals(401, put("/api/facilities/" + id, null, toJson(with(body, "version", version))).status());
        assertEquals(before, Database.count("select count(*) from facility"));
        assertEquals(version, ((Number) Database.value("select version from facility where id = ?", id)).longValue());
        assertEquals(0L, outboxRows("facility", id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCalendarShowsTwelveWeeksFromThisMondayByDefault() {
        Answer calendar = get("/api/facilities/" + demoFacility("OPERATING") + "/capacity", null);
        assertEquals(200, calendar.status(), calendar.body());
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) calendar.json().get("weeks");
        assertEquals(12, weeks.size());
        assertEquals(THIS_MONDAY.toString(), weeks.get(0).get("week"));
        assertEquals(THIS_MONDAY.plusWeeks(11).toString(), weeks.get(11).get("week"));

        Answer planned = get("/api/facilities/" + demoFacility("PLANNED") + "/capacity?from=" + THIS_MONDAY.plusDays(3)
                + "&to=" + THIS_MONDAY.plusWeeks(1), null);
        assertEquals(200, planned.status(), planned.body());
        List<Map<String, Object>> plannedWeeks = (List<Map<String, Object>>) planned.json().get("weeks");
        assertEquals(2, plannedWeeks.size(), "a date stands for its week");
        assertEquals(0, ((Number) plannedWeeks.get(0).get("freeHours")).intValue(), "a planned facility has no hours to give");

        String path = "/api/facilities/" + demoFacility("OPERATING") + "/capacity";
        assertEquals(400, get(path + "?from=2026-05-01&to=2026-04-01", null).status(), "to before from");
        assertEquals(400, get(path + "?from=2026-01-05&to=2027-03-01", null).status(), "more than 53 weeks");
        assertEquals(400, get(path + "?from=next-week", null).status());
        assertEquals(400, get(path + "?from=%2B999999999-12-31", null).status(), "no week at the end of time");
        assertEquals(400, get(path + "?from=-999999999-01-01&to=-999999999-01-05", null).status());
        assertEquals(200, get(path + "?from=2026-01-05&to=2027-01-04", null).status(), "53 weeks is the most");
        assertEquals(404, get("/api/facilities/" + UUID.randomUUID() + "/capacity", null).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAwardBookedAtAFacilityForAWeekTakesItsHoursFromThatWeek() {
        String ministry = login("analyst.kemenkop");
        String facility = (String) post("/api/facilities", ministry, toJson(facility("Kalender " + UUID.randomUUID()))).json().get("id");
        String officer = login("officer.pertamina");
        Answer created = post("/api/demands", officer, toJson(demand("Kapasitas: cocopeat blok", inSeconds(4), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        post("/api/demands/" + demandId + "/publish", officer, "");
        Map<String, Object> offer = bid(600, 40_000, membersOf("coop.sabut"));
        offer.put("facilityId", facility);
        Answer bid = post("/api/demands/" + demandId + "/lots/" + lotId + "/bids", login("coop.sabut"), toJson(offer));
        assertEquals(201, bid.status(), bid.body());
        await().atMost(Duration.ofSeconds(30)).until(() -> "EVALUATION".equals(get("/api/demands/" + demandId, officer).json().get("status")));
        Answer award = post("/api/demands/" + demandId + "/awards", officer,
                "{\"allocations\":[{\"bidId\":\"" + bid.json().get("id") + "\",\"quantity\":600}]}");
        assertEquals(201, award.status(), award.body());
        // an accepted award plan books a production week; a manual award does not, so the test books one as a plan would
        LocalDate week = THIS_MONDAY.plusWeeks(2);
        Database.execute("update award set week = ? where demand_id = ?::uuid", week, demandId);

        Answer calendar = get("/api/facilities/" + facility + "/capacity?from=" + week.minusWeeks(1) + "&to=" + week, null);
        assertEquals(200, calendar.status(), calendar.body());
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) calendar.json().get("weeks");
        assertEquals(0.0, ((Number) weeks.get(0).get("bookedHours")).doubleValue());
        assertEquals(80.0, ((Number) weeks.get(0).get("freeHours")).doubleValue());
        assertEquals(60.0, ((Number) weeks.get(1).get("bookedHours")).doubleValue(), "600 units x 6 minutes");
        assertEquals(20.0, ((Number) weeks.get(1).get("freeHours")).doubleValue());
    }
}
