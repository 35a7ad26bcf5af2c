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
import id.rantai.api.support.RandomJson;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Errors a person can read: the field named by its JSON path and what it should hold, never a Java type, class or
 * exception name; values of the wrong kind are refused instead of coerced, and so are bodies where none belongs.
 */
@MicronautTest(transactional = false)
class ReadableErrorsIT extends ApiTestSupport {

    /** What only a Java developer would write. */
    private static final List<String> JAVA_SPEAK = List.of("java.", "class ", "$", "Exception", "Error decoding", "id.rantai");

    record Case(String name, String method, String path, String body, int status, String field, String message) {
    }

    @Test
    void eachWrongValueIsNamedByItsPathAndWhatItShouldHold() {
        String officer = login("officer.pln");
        String coop = login("coop.sabut");
        String bids = "/api/demands/" + UUID.randomUUID() + "/lots/" + UUID.randomUUID() + "/bids";
        Map<String, Object> goodBid = bid(10, 10_000, membersOf("coop.sabut"));
        List<Case> cases = List.of(
                new Case("a delivery date that is not a date", "POST", "/api/demands", lot(l -> l.put("deliveryDeadline", "tomorrow")),
                        400, "lots[0].deliveryDeadline", "must be a date, YYYY-MM-DD"),
                new Case("lots that are not a list", "POST", "/api/demands", demandWith(d -> d.put("lots", 7)),
                        400, "lots", null),
                new Case("a quantity in words", "POST", "/api/demands", lot(l -> l.put("quantity", "ten")),
                        400, "lots[0].quantity", "must be a whole number"),
                new Case("a title that is a boolean", "POST", "/api/demands", demandWith(d -> d.put("title", true)),
                        400, "title", "must be text"),
                new Case("a title that is a number", "POST", "/api/demands", demandWith(d -> d.put("title", 12345)),
                        400, "title", "must be text"),
                new Case("a process that is not text", "POST", "/api/demands", lot(l -> l.put("processes", List.of("potong", false))),
                        400, "lots[0].processes", "must be a list of text"),
                new Case("a bid deadline in the year 99999", "POST", "/api/demands",
                        demandWith(d -> d.put("bidDeadline", "+99999-01-01T00:00:00Z")), 422, "bidDeadline", "must be at most 2 years ahead"),
                new Case("a deadline without its offset", "POST", "/api/demands", demandWith(d -> d.put("bidDeadline", "next week")),
                        400, "bidDeadline", "must be a date and time with its offset, such as 2026-12-01T10:00:00+07:00"),
                new Case("members that are not a list", "POST", bids, toJson(with(goodBid, "memberIds", Map.of("a", 1))),
                        400, "memberIds", null),
                new Case("a member that is not an id", "POST", bids, toJson(with(goodBid, "memberIds", List.of("abc"))),
                        400, "memberIds", "must be a list, each item an id (UUID, such as 3f2b8c1e-0000-4000-8000-000000000000)"),
                new Case("a page number in words", "GET", "/api/demands?page=two", null, 400, "page", "must be a whole number"));
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            Answer answer = c.method().equals("GET") ? get(c.path(), officer)
                    : post(c.path(), c.path().startsWith("/api/demands/") && c.path().endsWith("/bids") ? coop : officer, c.body());
            checks.add(() -> {
                assertEquals(c.status(), answer.status(), c.name() + ": " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), c.name() + ": " + answer.contentType());
                Map<String, Object> error = firstError(answer);
                String field = String.valueOf(error.get("field"));
                // a scalar where a list belongs may be read as a list of one, which is then named by its item
                assertTrue(field.equals(c.field()) || field.startsWith(c.field() + "["), c.name() + ": " + answer.body());
                if (c.message() != null) {
                    assertEquals(c.message(), error.get("message"), c.name() + ": " + answer.body());
                }
                assertNoJavaSpeak(c.name(), answer);
            });
        }
        assertAll(checks);
    }

    @Test
    void aTitleThatIsNotTextIsNotStored() {
        long before = Database.count("select count(*) from demand where title = 'true'");
        assertEquals(400, post("/api/demands", login("officer.pln"), demandWith(d -> d.put("title", true))).status());
        assertEquals(before, Database.count("select count(*) from demand where title = 'true'"));
    }

    @Test
    void bodiesThatAreNotJsonOrNotAnObjectAreSaidSoPlainly() {
        String officer = login("officer.pln");
        List<Executable> checks = new ArrayList<>();
        for (String body : List.of("{\"title\": ", "not json", "[1,2,3]", "\"text\"", "{\"lots\": [1, 2]}", "{\"title\": {\"a\": 1}}")) {
            Answer answer = post("/api/demands", officer, body);
            checks.add(() -> {
                assertEquals(400, answer.status(), body + ": " + answer.body());
                assertNoJavaSpeak(body, answer);
            });
        }
        Answer broken = post("/api/demands", officer, "{\"title\": ");
        checks.add(() -> assertTrue(String.valueOf(broken.json().get("detail")).startsWith("The body is not valid JSON"), broken.body()));
        assertAll(checks);
    }

    @Test
    void anActionThatTakesNoBodyRefusesOne() {
        String officer = login("officer.pln");
        String id = (String) post("/api/demands", officer, toJson(demand("Tanpa isi untuk tindakan", inDays(5), 1))).json().get("id");
        for (String body : List.of("{", "{\"reason\": \"budget\"}", "not json")) {
            Answer answer = post("/api/demands/" + id + "/cancel", officer, body);
            assertEquals(400, answer.status(), body + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            assertEquals("This request takes no body; send it without one", answer.json().get("detail"));
        }
        assertEquals("DRAFT", Database.value("select status from demand where id = ?::uuid", id), "nothing cancelled");
        assertEquals(200, post("/api/demands/" + id + "/cancel", officer, "").status(), "without a body it is done");
    }

    @Test
    void randomBodiesNeverShowJavaTypes() {
        RandomJson random = new RandomJson(20261205L, List.of("title", "kbli", "bidDeadline", "lots", "quantity", "memberIds",
                "unitPriceIdr", "deliveryDeadline", "processes", "rules", "version", "username"), 5, List.of("x", "2026-02-30"));
        String officer = login("officer.pln");
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String body = toJson(random.object());
            Answer answer = post("/api/demands", officer, body);
            checks.add(() -> assertNoJavaSpeak(body, answer));
        }
        assertAll(checks);
    }

    private static void assertNoJavaSpeak(String name, Answer answer) {
        for (String word : JAVA_SPEAK) {
            assertFalse(answer.body().contains(word), name + " shows '" + word + "': " + answer.body());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(Answer answer) {
        List<Map<String, Object>> errors = answer.json() == null ? null : (List<Map<String, Object>>) answer.json().get("errors");
        return errors == null || errors.isEmpty() ? Map.of() : errors.get(0);
    }

    private String demandWith(Consumer<Map<String, Object>> edit) {
        Map<String, Object> body = demand("Isian yang salah", inDays(5), 1);
        edit.accept(body);
        return toJson(body);
    }

    @SuppressWarnings("unchecked")
    private String lot(Consumer<Map<String, Object>> edit) {
        return demandWith(d -> edit.accept(((List<Map<String, Object>>) d.get("lots")).get(0)));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
