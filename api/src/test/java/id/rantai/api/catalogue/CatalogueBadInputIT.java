package id.rantai.api.catalogue;

import static id.rantai.api.catalogue.CatalogueFixtures.capability;
import static id.rantai.api.catalogue.CatalogueFixtures.facility;
import static id.rantai.api.catalogue.CatalogueFixtures.member;
import static id.rantai.api.catalogue.CatalogueFixtures.newNib;
import static id.rantai.api.catalogue.CatalogueFixtures.with;
import static id.rantai.api.catalogue.CatalogueFixtures.without;
import static id.rantai.api.support.Fixtures.membersOf;
import static id.rantai.api.support.Fixtures.organizationOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Table-driven bad input for each catalogue write: a 400/409/413/422 problem, never a 500, and nothing written. */
@MicronautTest(transactional = false)
class CatalogueBadInputIT extends CatalogueApiTest {

    private static final String HUGE = "x".repeat(1_100_000);

    record Bad(String name, String body, int expected) {
    }

    @Test
    void badMembersAreRefusedOnRegisterAndUpdateAndWriteNothing() {
        Map<String, Object> good = member("UD Masukan Buruk", newNib());
        String existingNib = (String) Database.value("select nib from msme order by nib limit 1");
        List<Bad> table = new ArrayList<>(shapeOf(good));
        table.addAll(List.of(
                new Bad("name of the wrong type", toJson(with(good, "name", Map.of("a", 1))), 400),
                new Bad("missing NIB", toJson(without(good, "nib")), 400),
                new Bad("missing location", toJson(without(good, "location")), 400),
                new Bad("NIB of 12 digits", toJson(with(good, "nib", "123456789012")), 400),
                new Bad("NIB with letters", toJson(with(good, "nib", "12345678901AB")), 400),
                new Bad("NIB as an object", toJson(with(good, "nib", Map.of("nib", "1234567890123"))), 400),
                new Bad("green as a number", toJson(with(good, "green", 1)), 400),
                new Bad("duplicate NIB", toJson(with(good, "nib", existingNib)), 409),
                new Bad("unknown size class", toJson(with(good, "sizeClass", "HUGE")), 400),
                new Bad("women-led not a boolean", toJson(with(good, "womenLed", "perhaps")), 400),
                new Bad("1 MB name", toJson(with(good, "name", HUGE)), 413),
                new Bad("long name", toJson(with(good, "name", "x".repeat(201))), 400),
                new Bad("blank name", toJson(with(good, "name", "   ")), 400),
                new Bad("NUL in name", toJson(with(good, "name", "UD\u0000Nol")), 400),
                new Bad("long owner name", toJson(with(good, "ownerName", "x".repeat(121))), 400),
                new Bad("blank owner name", toJson(with(good, "ownerName", "  ")), 400),
                new Bad("location in Paris", toJson(with(good, "location", Map.of("lat", 48.8, "lon", 2.3))), 400),
                new Bad("latitude only", toJson(with(good, "location", Map.of("lat", 1.2))), 400),
                new Bad("latitude NaN", toJson(with(good, "location", Map.of("lat", "NaN", "lon", 124.6))), 400),
                new Bad("longitude Infinity", toJson(with(good, "location", Map.of("lat", 1.2, "lon", "Infinity"))), 400),
                new Bad("certificate valid for ever and a day", toJson(with(good, "certifications",
                        List.of(Map.of("code", "SNI", "validUntil", "+999999999-12-31")))), 422),
                new Bad("malformed province", toJson(with(good, "province", "Sulut")), 400),
                new Bad("unknown province", toJson(with(good, "province", "ID-ZZ")), 422),
                new Bad("bad KBLI", toJson(with(good, "kbli", "123")), 400),
                new Bad("lower-case certification", toJson(with(good, "certifications", List.of(Map.of("code", "sni")))), 400),
                new Bad("unknown certification", toJson(with(good, "certifications", List.of(Map.of("code", "XYZ99")))), 422),
                new Bad("expired certificate", toJson(with(good, "certifications",
                        List.of(Map.of("code", "SNI", "validUntil", "2020-01-01")))), 422),
                new Bad("certificate listed twice", toJson(with(good, "certifications",
                        List.of(Map.of("code", "SNI"), Map.of("code", "SNI")))), 422),
                new Bad("certificate date not a date", toJson(with(good, "certifications",
                        List.of(Map.of("code", "SNI", "validUntil", "soon")))), 400)));
        String coop = login("coop.mebel");
        String members = "/api/cooperatives/" + organizationOf("coop.mebel") + "/members";
        String existing = members + "/" + post(members, coop, toJson(member("UD Masukan Buruk Lama", newNib()))).json().get("id");
        Object version = get(existing, coop).json().get("version");
        long before = Database.count("select count(*) from msme");
        refuseAll(table, body -> post(members, coop, body));
        refuseAll(table, body -> put(existing, coop, body, "If-Match", String.valueOf(version)));
        assertEquals(before, Database.count("select count(*) from msme"), "nothing written");
        assertEquals(version, get(existing, coop).json().get("version"), "the member unchanged");
    }

    @Test
    void badCatalogueEntriesAreRefusedOnCreateAndReplaceAndWriteNothing() {
        String coop = login("coop.sabut");
        Map<String, Object> good = capability("Masukan buruk: sabut");
        String id = (String) post("/api/capabilities", coop, toJson(good)).json().get("id");
        List<Bad> table = new ArrayList<>(shapeOf(good));
        table.addAll(List.of(
                new Bad("title of the wrong type", toJson(with(good, "title", List.of("a"))), 400),
                new Bad("missing title", toJson(without(good, "title")), 400),
                new Bad("missing capacity", toJson(without(good, "monthlyCapacity")), 400),
                new Bad("1 MB description", toJson(with(good, "description", HUGE)), 413),
                new Bad("long title", toJson(with(good, "title", "x".repeat(201))), 400),
                new Bad("NUL in description", toJson(with(good, "description", "sabut\u0000kelapa")), 400),
                new Bad("short KBLI", toJson(with(good, "kbli", "12")), 400),
                new Bad("zero capacity", toJson(with(good, "monthlyCapacity", Map.of("quantity", 0, "unit", "pcs"))), 400),
                new Bad("negative capacity", toJson(with(good, "monthlyCapacity", Map.of("quantity", -5, "unit", "pcs"))), 400),
                new Bad("capacity without a unit", toJson(with(good, "monthlyCapacity", Map.of("quantity", 5))), 400),
                new Bad("capacity as text", toJson(with(good, "monthlyCapacity", Map.of("quantity", "banyak", "unit", "pcs"))), 400),
                new Bad("zero minimum price", toJson(with(good, "unitPriceIdr", Map.of("min", 0, "max", 10))), 400),
                new Bad("negative maximum price", toJson(with(good, "unitPriceIdr", Map.of("min", 10, "max", -1))), 400),
                new Bad("fractional rupiah", toJson(with(good, "unitPriceIdr", Map.of("min", 10.5, "max", 20))), 400),
                new Bad("minimum above maximum", toJson(with(good, "unitPriceIdr", Map.of("min", 50_000, "max", 40_000))), 422),
                new Bad("negative lead time", toJson(with(good, "leadTimeDays", -1)), 400),
                new Bad("fractional lead time", toJson(with(good, "leadTimeDays", 21.5)), 400),
                new Bad("capacity beyond a long", toJson(good).replace("\"quantity\":5000", "\"quantity\":99999999999999999999999"), 400),
                new Bad("lead time over a year", toJson(with(good, "leadTimeDays", 366)), 400),
                new Bad("zero minimum order", toJson(with(good, "minOrderQuantity", 0)), 400),
                new Bad("TKDN above 100", toJson(with(good, "localContentPct", 101)), 400),
                new Bad("blank process", toJson(with(good, "processes", List.of(" "))), 400),
                new Bad("too many processes", toJson(with(good, "processes", Collections.nCopies(31, "press"))), 400),
                new Bad("lower-case certification", toJson(with(good, "certifications", List.of("iso 9001"))), 400),
                new Bad("unknown certification", toJson(with(good, "certifications", List.of("XYZ99"))), 422),
                new Bad("member not a UUID", toJson(with(good, "memberIds", List.of("abc"))), 400),
                new Bad("member of no cooperative of ours", toJson(with(good, "memberIds", List.of(UUID.randomUUID()))), 422),
                new Bad("another cooperative's member", toJson(with(good, "memberIds",
                        List.of(membersOf("coop.mebel").get(0)))), 422),
                new Bad("unknown facility", toJson(with(good, "facilityIds", List.of(UUID.randomUUID()))), 422),
                new Bad("too many members", toJson(with(good, "memberIds", Collections.nCopies(501, UUID.randomUUID()))), 400)));
        long before = Database.count("select count(*) from capability");
        refuseAll(table, body -> post("/api/capabilities", coop, body));
        List<Bad> replaceTable = new ArrayList<>(table.stream()
                .map(b -> new Bad(b.name(), b.body().startsWith("{\"title\"") ? b.body().replaceFirst("^\\{", "{\"version\":0,") : b.body(),
                        b.expected()))
                .toList());
        replaceTable.add(new Bad("stale version", toJson(with(good, "version", 7)), 409));
        replaceTable.add(new Bad("no version", toJson(good), 428));
        refuseAll(replaceTable, body -> put("/api/capabilities/" + id, coop, body));
        assertEquals(400, put("/api/capabilities/" + id, coop, toJson(good), "If-Match", "latest").status());
        assertEquals(400, put("/api/capabilities/not-a-uuid", coop, toJson(with(good, "version", 0))).status());
        assertEquals(before, Database.count("select count(*) from capability"), "nothing created");
        assertEquals(0L, ((Number) Database.value("select version from capability where id = ?::uuid", id)).longValue(),
                "nothing replaced");
    }

    @Test
    void badFacilitiesAreRefusedAndWriteNothing() {
        Map<String, Object> good = facility("Masukan buruk " + UUID.randomUUID());
        String existing = (String) Database.value("select name from facility order by name limit 1");
        List<Bad> table = new ArrayList<>(shapeOf(good));
        table.addAll(List.of(
                new Bad("missing name", toJson(without(good, "name")), 400),
                new Bad("1 MB name", toJson(with(good, "name", HUGE)), 413),
                new Bad("duplicate name", toJson(with(good, "name", existing)), 409),
                new Bad("unknown status", toJson(with(good, "status", "CLOSED")), 400),
                new Bad("zero weekly hours", toJson(with(good, "weeklyCapacityHours", 0)), 400),
                new Bad("negative weekly hours", toJson(with(good, "weeklyCapacityHours", -40)), 400),
                new Bad("weekly hours as text", toJson(with(good, "weeklyCapacityHours", "80")), 400),
                new Bad("no processes", toJson(with(good, "processes", List.of())), 400),
                new Bad("location outside Indonesia", toJson(with(good, "location", Map.of("lat", -33.9, "lon", 151.2))), 400),
                new Bad("unknown province", toJson(with(good, "province", "ID-ZZ")), 422),
                new Bad("operator that is no cooperative", toJson(with(good, "operatorId", UUID.randomUUID())), 422),
                new Bad("operating but opening next year", toJson(with(good, "openedOn", "2099-01-01")), 422),
                new Bad("planned to open in a distant age", toJson(with(with(good, "status", "PLANNED"), "openedOn", "+999999999-12-31")), 422),
                new Bad("opened before the calendar", toJson(with(good, "openedOn", "-999999999-01-01")), 422)));
        String ministry = login("analyst.kemenkop");
        long before = Database.count("select count(*) from facility");
        refuseAll(table, body -> post("/api/facilities", ministry, body));
        UUID planned = CatalogueFixtures.demoFacility("PLANNED");
        long version = ((Number) Database.value("select version from facility where id = ?", planned)).longValue();
        refuseAll(List.of(
                new Bad("replace with zero hours", toJson(with(with(good, "weeklyCapacityHours", 0), "version", version)), 400),
                new Bad("replace with a stale version", toJson(with(good, "version", version + 5)), 409),
                new Bad("replace without a version", toJson(good), 428)), body -> put("/api/facilities/" + planned, ministry, body));
        assertEquals(before, Database.count("select count(*) from facility"), "nothing written");
        assertEquals(version, ((Number) Database.value("select version from facility where id = ?", planned)).longValue());
    }

    /** What any JSON endpoint must refuse whatever its fields: broken JSON, no object, nothing. */
    private List<Bad> shapeOf(Map<String, Object> good) {
        return List.of(
                new Bad("malformed JSON", toJson(good).substring(0, 20), 400),
                new Bad("not an object", "[1,2,3]", 400),
                new Bad("a string", "\"x\"", 400),
                new Bad("empty body", "", 400));
    }

    private void refuseAll(List<Bad> table, Function<String, Answer> send) {
        List<Executable> checks = new ArrayList<>();
        for (Bad bad : table) {
            Answer answer = send.apply(bad.body());
            checks.add(() -> {
                assertEquals(bad.expected(), answer.status(), bad.name() + ": " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), bad.name() + ": " + answer.contentType());
                assertFalse(answer.body().contains("Exception"), bad.name() + ": " + answer.body());
            });
        }
        assertAll(checks);
    }
}
