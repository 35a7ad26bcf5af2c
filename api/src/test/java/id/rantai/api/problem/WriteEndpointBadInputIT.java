package id.rantai.api.problem;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Table-driven bad input for each write endpoint: a 400/422 problem, never a 500, and nothing written. */
@MicronautTest(transactional = false)
class WriteEndpointBadInputIT extends ApiTestSupport {

    record Bad(String name, String body, int expected) {
    }

    @Test
    void badDemandsAreRefusedAndWriteNothing() {
        String officer = login("officer.pln");
        List<Bad> table = new ArrayList<>(List.of(
                new Bad("malformed JSON", "{\"title\": ", 400),
                new Bad("not an object", "[1,2,3]", 400),
                new Bad("empty body", "", 400),
                new Bad("wrong type", toJson(change(d -> d.put("title", 42))).replace("\"title\":42", "\"title\":{\"a\":1}"), 400),
                new Bad("missing lots", toJson(change(d -> d.remove("lots"))), 400),
                new Bad("no lots", toJson(change(d -> d.put("lots", List.of()))), 400),
                new Bad("bad KBLI", toJson(change(d -> d.put("kbli", "12"))), 400),
                new Bad("deadline in the past", toJson(change(d -> d.put("bidDeadline", "2020-01-01T00:00:00+07:00"))), 422),
                new Bad("not a date", toJson(change(d -> d.put("bidDeadline", "tomorrow"))), 400),
                new Bad("huge title", toJson(change(d -> d.put("title", "x".repeat(1_100_000)))), 413),
                new Bad("long title", toJson(change(d -> d.put("title", "x".repeat(301)))), 400),
                new Bad("NUL in title", toJson(change(d -> d.put("title", "abc\u0000def"))), 400),
                new Bad("negative quantity", toJson(changeLot(l -> l.put("quantity", -5))), 400),
                new Bad("zero quantity", toJson(changeLot(l -> l.put("quantity", 0))), 400),
                new Bad("quantity not a number", toJson(changeLot(l -> l.put("quantity", "lots"))), 400),
                new Bad("fractional quantity", toJson(changeLot(l -> l.put("quantity", 10.5))), 400),
                new Bad("fractional rupiah", toJson(changeLot(l -> l.put("maxUnitPriceIdr", 999.99))), 400),
                new Bad("overflowing quantity", toJson(changeLot(l -> l.put("quantity", 1))).replace("\"quantity\":1", "\"quantity\":99999999999999999999999"), 400),
                new Bad("TKDN above 100", toJson(changeLot(l -> l.put("minLocalContentPct", 101))), 400),
                new Bad("unknown province", toJson(changeLot(l -> l.put("deliveryProvince", "ID-ZZ"))), 422),
                new Bad("malformed province", toJson(changeLot(l -> l.put("deliveryProvince", "Jawa"))), 400),
                new Bad("lower-case certification", toJson(changeLot(l -> l.put("requiredCertifications", List.of("iso 9001")))), 400),
                new Bad("delivery before the deadline", toJson(changeLot(l -> l.put("deliveryDeadline", LocalDate.now().toString()))), 422),
                new Bad("location outside Indonesia", toJson(changeLot(l -> l.put("deliveryLocation", Map.of("lat", 48.8, "lon", 2.3)))), 400)));
        long before = Database.count("select count(*) from demand");
        List<Executable> checks = new ArrayList<>();
        for (Bad bad : table) {
            Answer answer = post("/api/demands", officer, bad.body());
            checks.add(() -> {
                assertEquals(bad.expected(), answer.status(), bad.name() + ": " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), bad.name() + ": " + answer.contentType());
                assertFalse(answer.body().contains("Exception"), bad.name() + ": " + answer.body());
            });
        }
        assertAll(checks);
        assertEquals(before, Database.count("select count(*) from demand"), "nothing written");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badBidsAndDeliveriesAreRefusedAndWriteNothing() {
        String officer = login("officer.pertamina");
        Answer created = post("/api/demands", officer, toJson(demand("Bad input: bid", inDays(4), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        post("/api/demands/" + demandId + "/publish", officer, "");
        String path = "/api/demands/" + demandId + "/lots/" + lotId + "/bids";
        String coop = login("coop.sabut");
        Map<String, Object> good = bid(10, 10_000, membersOf("coop.sabut"));
        List<Bad> table = List.of(
                new Bad("malformed", "{", 400),
                new Bad("negative quantity", toJson(with(good, "quantity", -1)), 400),
                new Bad("zero price", toJson(with(good, "unitPriceIdr", 0)), 400),
                new Bad("fractional quantity", toJson(with(good, "quantity", 10.5)), 400),
                new Bad("fractional lead time", toJson(with(good, "leadTimeDays", 7.5)), 400),
                new Bad("lead time of years", toJson(with(good, "leadTimeDays", 5000)), 400),
                new Bad("no members", toJson(with(good, "memberIds", List.of())), 400),
                new Bad("member not a uuid", toJson(with(good, "memberIds", List.of("abc"))), 400),
                new Bad("TKDN negative", toJson(with(good, "localContentPct", -3)), 400));
        List<Executable> checks = new ArrayList<>();
        for (Bad bad : table) {
            Answer answer = post(path, coop, bad.body());
            checks.add(() -> assertEquals(bad.expected(), answer.status(), bad.name() + ": " + answer.body()));
        }
        Answer badAward = post("/api/awards/" + java.util.UUID.randomUUID() + "/deliveries", coop, "{\"quantity\":-1,\"deliveredOn\":\"x\"}");
        checks.add(() -> assertEquals(400, badAward.status(), badAward.body()));
        Answer notUuid = get("/api/demands/not-a-uuid", officer);
        checks.add(() -> assertEquals(400, notUuid.status(), notUuid.body()));
        assertAll(checks);
        assertEquals(0L, Database.count("select count(*) from bid where lot_id = ?::uuid", lotId));
    }

    private static Map<String, Object> change(Consumer<Map<String, Object>> edit) {
        Map<String, Object> body = demand("Bad input", inDays(5), 1);
        edit.accept(body);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> changeLot(Consumer<Map<String, Object>> edit) {
        Map<String, Object> body = demand("Bad input", inDays(5), 1);
        edit.accept(((List<Map<String, Object>>) body.get("lots")).get(0));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
