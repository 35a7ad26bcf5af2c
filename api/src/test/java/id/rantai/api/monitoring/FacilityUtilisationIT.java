package id.rantai.api.monitoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facility weeks booked by awards, at the lot's default 6 minutes (0.1 hours) per unit, on a
 * 40-hour facility of its own:
 * <pre>
 * award  quantity  week                   hours
 * x      100       2025-06-02 (planned)   10 in the week of 2 June
 * y      300       none: made Wed 4 June,  30 spread over the weeks of 2, 9 and 16 June (the lot's deadline,
 *                  deadline Wed 18 June    18 June, falls in the week of 16 June): 10 each
 * z      500       2025-06-09 (planned)   50 in the week of 9 June
 * </pre>
 * So 2 June 20 h (50%), 9 June 60 h (150%, overbooked), 16 June 10 h (25%); 90 of 120 hours over three weeks (75%).
 */
@MicronautTest(transactional = false)
class FacilityUtilisationIT extends ApiTestSupport {

    private final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    private final UUID facility = UUID.randomUUID();
    private final UUID plannedNear = UUID.randomUUID();
    private final UUID plannedFar = UUID.randomUUID();
    private final UUID officer = UUID.randomUUID();
    private String analyst;

    @BeforeAll
    void bookings() throws SQLException {
        analyst = login("analyst.kemenkop");
        UUID buyer = UUID.randomUUID();
        UUID cooperative = UUID.randomUUID();
        UUID demand = UUID.randomUUID();
        UUID lot = UUID.randomUUID();
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            exec(c, "set local rantai.bid_window_check = 'off'");
            exec(c, "insert into organization (id, type, name, province) values (?, 'BUMN', ?, 'ID-JK')", buyer, "PT Uji Fasilitas " + tag);
            exec(c, "insert into organization (id, type, name, province) values (?, 'COOPERATIVE', ?, 'ID-JT')", cooperative,
                    "Koperasi Uji Fasilitas " + tag);
            exec(c, """
                    insert into app_user (id, username, password_hash, role, organization_id, display_name)
                    values (?, ?, '$2a$10$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0', 'OFFICER', ?, 'Petugas Uji')""",
                    officer, "officer.fasilitas." + tag, buyer);
            facility(c, facility, "Rumah Produksi Uji " + tag, "OPERATING");
            facility(c, plannedNear, "Rencana Rumah Produksi Dekat " + tag, "PLANNED");
            facility(c, plannedFar, "Rencana Rumah Produksi Jauh " + tag, "PLANNED");
            exec(c, """
                    insert into demand (id, buyer_organization_id, created_by, title, kbli, status, bid_deadline, published_at)
                    values (?, ?, ?, 'Uji fasilitas', '31001', 'AWARDED', '2025-06-01T10:00:00+07:00', '2025-05-20T10:00:00+07:00')""",
                    demand, buyer, officer);
            exec(c, """
                    insert into lot (id, demand_id, lot_no, title, quantity, unit, delivery_province, delivery_deadline, max_unit_price_idr)
                    values (?, ?, 1, 'Kursi uji', 1000, 'unit', 'ID-JT', '2025-06-18', 10000)""", lot, demand);
            UUID bid = UUID.randomUUID();
            exec(c, """
                    insert into bid (id, lot_id, cooperative_id, quantity, unit_price_idr, lead_time_days)
                    values (?, ?, ?, 1000, 5000, 14)""", bid, lot, cooperative);
            award(c, demand, lot, bid, cooperative, 100, "2025-06-02", "2025-06-01T10:00:00+07:00");
            award(c, demand, lot, bid, cooperative, 300, null, "2025-06-04T10:00:00+07:00");
            award(c, demand, lot, bid, cooperative, 500, "2025-06-09", "2025-06-01T10:00:00+07:00");
            c.commit();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void bookedHoursPerWeekAgainstTheWeeklyCapacity() {
        Answer answer = get("/api/monitoring/facilities?from=2025-06-04&to=2025-06-22", analyst);
        assertEquals(200, answer.status(), answer.body());
        Map<String, Object> report = answer.json();
        assertEquals("2025-06-02", report.get("fromWeek"), "from and to widen to whole weeks");
        assertEquals("2025-06-16", report.get("toWeek"));
        assertEquals(3, ((Number) report.get("weeks")).intValue());
        Map<String, Object> hoursPerUnit = (Map<String, Object>) report.get("hoursPerUnit");
        assertEquals(true, hoursPerUnit.get("lotColumn"), "lot.facility_minutes_per_unit, 6 minutes by default");
        assertEquals("0.1", hoursPerUnit.get("defaultHoursPerUnit").toString());

        Map<String, Object> ours = facilities(report).stream().filter(f -> facility.toString().equals(f.get("facilityId")))
                .findFirst().orElseThrow();
        assertEquals("90.00", decimal(ours, "bookedHours"));
        assertEquals(120, ((Number) ours.get("capacityHours")).intValue());
        assertEquals("75.00", decimal(ours, "utilisationPct"));
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) ours.get("weeks");
        assertEquals(List.of("2025-06-02", "2025-06-09", "2025-06-16"), weeks.stream().map(w -> w.get("week")).toList());
        assertAll(
                () -> assertEquals("20.00", decimal(weeks.get(0), "bookedHours")),
                () -> assertEquals("50.00", decimal(weeks.get(0), "utilisationPct")),
                () -> assertEquals("20.00", decimal(weeks.get(0), "freeHours")),
                () -> assertEquals(2, ((Number) weeks.get(0).get("awards")).intValue()),
                () -> assertEquals("60.00", decimal(weeks.get(1), "bookedHours")),
                () -> assertEquals("150.00", decimal(weeks.get(1), "utilisationPct")),
                () -> assertEquals(true, weeks.get(1).get("overbooked")),
                () -> assertEquals("0.00", decimal(weeks.get(1), "freeHours")),
                () -> assertEquals("10.00", decimal(weeks.get(2), "bookedHours")),
                () -> assertEquals(false, weeks.get(2).get("overbooked")));
        assertTrue(facilities(report).stream().noneMatch(f -> plannedNear.toString().equals(f.get("facilityId"))),
                "a planned facility has no capacity to use yet");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWeekOutsideTheRangeIsNotCountedButTheFacilityStillListed() {
        Map<String, Object> report = get("/api/monitoring/facilities?from=2025-06-16&to=2025-06-16", analyst).json();
        Map<String, Object> ours = facilities(report).stream().filter(f -> facility.toString().equals(f.get("facilityId")))
                .findFirst().orElseThrow();
        assertEquals("10.00", decimal(ours, "bookedHours"));
        assertEquals(1, ((List<Object>) ours.get("weeks")).size());
        Map<String, Object> idle = get("/api/monitoring/facilities?from=2024-01-01&to=2024-01-07", analyst).json();
        Map<String, Object> ourIdle = facilities(idle).stream().filter(f -> facility.toString().equals(f.get("facilityId")))
                .findFirst().orElseThrow();
        assertEquals("0.00", decimal(ourIdle, "utilisationPct"), "an operating facility without bookings is idle, not missing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void plannedFacilitiesAreRankedByTheShortageTheyWouldRelieve() throws SQLException {
        UUID withoutShortage = run("{\"assignments\": []}");
        Map<String, Object> none = (Map<String, Object>) get("/api/monitoring/facilities?matchingRun=" + withoutShortage, analyst)
                .json().get("plannedRelief");
        assertEquals(List.of(), none.get("facilities"), "a run that reports no shortage relieves nothing");
        assertNull(none.get("matchingRunId"));

        UUID run = run("""
                {"facilityShortage": [
                  {"facilityId": "%1$s", "week": "2025-06-02", "shortHours": 12.5},
                  {"facilityId": "%1$s", "week": "2025-06-09", "shortHours": 7.5},
                  {"facilityId": "%2$s", "week": "2025-06-02", "shortHours": 30},
                  {"facilityId": "%2$s", "week": "2025-06-09", "shortHours": "many"},
                  {"facilityId": "%3$s", "week": "2025-06-09", "shortHours": 99},
                  {"facilityId": "not-a-facility", "shortHours": 5},
                  42, [1, 2], null
                ]}""".formatted(plannedNear, plannedFar, facility));
        Map<String, Object> relief = (Map<String, Object>) get("/api/monitoring/facilities?matchingRun=" + run, analyst)
                .json().get("plannedRelief");
        assertEquals(run.toString(), relief.get("matchingRunId"));
        List<Map<String, Object>> ranked = (List<Map<String, Object>>) relief.get("facilities");
        assertEquals(List.of(plannedFar.toString(), plannedNear.toString()), ranked.stream().map(r -> r.get("facilityId")).toList(),
                "30 hours before 20; the operating facility's shortage is not relief and malformed entries are skipped");
        assertEquals("30.00", decimal(ranked.get(0), "shortHours"));
        assertEquals("20.00", decimal(ranked.get(1), "shortHours"));
        assertEquals(2, ((Number) ranked.get(1).get("weeks")).intValue());

        Map<String, Object> latest = (Map<String, Object>) get("/api/monitoring/facilities", analyst).json().get("plannedRelief");
        assertEquals(run.toString(), latest.get("matchingRunId"), "without a run named, the latest solved run with shortages");
    }

    @Test
    void badParametersAreClientProblems() {
        for (String query : List.of("from=2025-06-30&to=2025-06-01", "from=2020-01-01&to=2025-01-01", "from=soon",
                "matchingRun=42")) {
            Answer answer = get("/api/monitoring/facilities?" + query, analyst);
            assertEquals(400, answer.status(), query + " → " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }
        Answer unknownRun = get("/api/monitoring/facilities?matchingRun=" + UUID.randomUUID(), analyst);
        assertEquals(200, unknownRun.status(), unknownRun.body());
        assertEquals(List.of(), ((Map<?, ?>) unknownRun.json().get("plannedRelief")).get("facilities"),
                "no such run: nothing to relieve, an empty list");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> facilities(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("facilities");
    }

    private static String decimal(Map<String, Object> map, String field) {
        return new BigDecimal(map.get(field).toString()).setScale(2).toPlainString();
    }

    private UUID run(String result) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = Database.connect()) {
            exec(c, """
                    insert into matching_run (id, status, result, requested_by, finished_at)
                    values (?, 'SOLVED', ?::jsonb, ?, now())""", id, result, officer);
        }
        return id;
    }

    private static void facility(Connection c, UUID id, String name, String status) throws SQLException {
        exec(c, """
                insert into facility (id, name, province, lat, lon, sector, weekly_capacity_hours, status)
                values (?, ?, 'ID-JT', -6.9, 110.4, 'furniture', 40, ?)""", id, name, status);
    }

    private void award(Connection c, UUID demand, UUID lot, UUID bid, UUID cooperative, long quantity, String week,
                       String awardedAt) throws SQLException {
        exec(c, """
                insert into award (demand_id, lot_id, bid_id, cooperative_id, quantity, unit_price_idr, evaluated_price_idr,
                                   facility_id, week, awarded_at, awarded_by)
                values (?, ?, ?, ?, ?, 5000, 4000, ?, ?::date, ?, ?)""",
                demand, lot, bid, cooperative, quantity, facility, week, OffsetDateTime.parse(awardedAt), officer);
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        }
    }
}
