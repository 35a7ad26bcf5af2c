package id.rantai.api.audit;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The audit log says nothing of a sealed bid: no entry, and no id, count, page or cursor that differs because of it.
 * After the deadline the bid's entries appear.
 */
@MicronautTest(transactional = false)
class AuditIT extends ApiTestSupport {

    /** A log with a few pages whichever test runs first (the demo data is loaded without audit entries). */
    @BeforeAll
    void someEntries() {
        String officer = login("officer.pln");
        for (int i = 0; i < 10; i++) {
            assertEquals(201, post("/api/demands", officer, toJson(demand("Audit: halaman " + i, inDays(5), 1))).status());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSealedBidChangesNoAnswerOfTheAuditLogUntilItsDemandOpens() {
        String officer = login("officer.pertamina");
        String admin = login("admin");
        String ministry = login("analyst.kemenkop");
        Answer created = post("/api/demands", officer, toJson(demand("Audit: tali sabut tersegel", inSeconds(12), 1)));
        String demandId = (String) created.json().get("id");
        String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + demandId + "/publish", officer, "").status());

        Map<String, String> before = answers(admin, ministry, demandId);
        Answer bid = post("/api/demands/" + demandId + "/lots/" + lotId + "/bids", login("coop.sabut"),
                toJson(bid(100, 30_000, membersOf("coop.sabut"))));
        assertEquals(201, bid.status(), bid.body());
        String bidId = (String) bid.json().get("id");
        Map<String, String> after = answers(admin, ministry, demandId);
        List<Executable> same = new ArrayList<>();
        before.forEach((request, body) -> same.add(() -> assertEquals(body, after.get(request), request)));
        assertAll(same);
        assertFalse(after.values().stream().anyMatch(body -> body.contains(bidId)));

        // a visible change after the bid: its id says nothing of what came between
        assertEquals(201, post("/api/demands", officer, toJson(demand("Audit: sesudah penawaran", inDays(5), 1))).status());
        List<Map<String, Object>> newest = (List<Map<String, Object>>) get("/api/audit?size=3", admin).json().get("items");
        for (Map<String, Object> entry : newest) {
            assertFalse(String.valueOf(entry.get("id")).matches("[0-9]+"), "ids are not sequence numbers: " + entry.get("id"));
        }

        await().atMost(Duration.ofSeconds(60)).until(() ->
                "EVALUATION".equals(Database.value("select status from demand where id = ?::uuid", demandId)));
        Answer opened = get("/api/audit?entity=bid&id=" + bidId, ministry);
        assertEquals(200, opened.status(), opened.body());
        assertEquals(1, ((Number) opened.json().get("total")).intValue(), opened.body());
        assertEquals("bid.submitted", ((List<Map<String, Object>>) opened.json().get("items")).get(0).get("action"));
        assertTrue(get("/api/audit?size=10", admin).body().contains(bidId), "after the deadline the bid is audited openly");
    }

    @Test
    @SuppressWarnings("unchecked")
    void cursorsAndPagesWalkEveryVisibleEntryOnce() {
        String admin = login("admin");
        List<Object> byCursor = new ArrayList<>();
        Answer first = get("/api/audit?size=7", admin);
        long total = ((Number) first.json().get("total")).longValue();
        Answer page = first;
        while (true) {
            ((List<Map<String, Object>>) page.json().get("items")).forEach(e -> byCursor.add(e.get("id")));
            Object next = page.json().get("nextCursor");
            if (next == null) {
                break;
            }
            page = get("/api/audit?size=7&cursor=" + next, admin);
            assertEquals(200, page.status(), page.body());
            assertNull(page.json().get("page"));
        }
        assertEquals(total, byCursor.size(), "the cursor walk visits as many entries as total counts");
        assertEquals(byCursor.size(), new HashSet<>(byCursor).size(), "each once");

        List<Object> byPage = new ArrayList<>();
        for (int p = 0; p * 7L < total; p++) {
            ((List<Map<String, Object>>) get("/api/audit?size=7&page=" + p, admin).json().get("items"))
                    .forEach(e -> byPage.add(e.get("id")));
        }
        assertEquals(byCursor, byPage, "pages and cursors agree");
        assertEquals(byCursor.get(0), ((List<Map<String, Object>>) get("/api/audit?size=1", admin).json().get("items")).get(0).get("id"),
                "an entry keeps its id");
    }

    @Test
    void badCursorsAreRefusedAndOnlyTheMinistryAndAdministratorsRead() {
        String admin = login("admin");
        String cursor = (String) get("/api/audit?size=1", admin).json().get("nextCursor");
        List<Executable> checks = new ArrayList<>();
        char last = cursor.charAt(cursor.length() - 2);
        String tampered = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A') + cursor.charAt(cursor.length() - 1);
        for (String query : List.of("cursor=123", "cursor=" + tampered, "cursor=%21%21", "cursor=" + cursor + "&page=0",
                "cursor=" + "A".repeat(22))) {
            checks.add(() -> {
                Answer answer = get("/api/audit?" + query, admin);
                assertEquals(400, answer.status(), query + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            });
        }
        assertAll(checks);
        assertEquals(401, get("/api/audit", null).status());
        for (String user : List.of("officer.pln", "coop.sabut")) {
            assertEquals(403, get("/api/audit?cursor=" + cursor, login(user)).status(), user);
        }
        assertEquals(200, get("/api/audit?cursor=" + cursor, login("analyst.kemenkop")).status());
    }

    /** What the ministry and an administrator see of the log: first pages, a cursor page, a later page, filtered lists. */
    private Map<String, String> answers(String admin, String ministry, String demandId) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String[] who : new String[][] {{"admin", admin}, {"ministry", ministry}}) {
            Answer first = get("/api/audit?size=3", who[1]);
            answers.put(who[0] + " first page", first.body());
            answers.put(who[0] + " by cursor", get("/api/audit?size=3&cursor=" + first.json().get("nextCursor"), who[1]).body());
            answers.put(who[0] + " page 1", get("/api/audit?size=3&page=1", who[1]).body());
            answers.put(who[0] + " bids", get("/api/audit?entity=bid&size=500", who[1]).body());
            answers.put(who[0] + " demand", get("/api/audit?entity=demand&id=" + demandId, who[1]).body());
        }
        Set<String> statuses = new HashSet<>();
        answers.values().forEach(body -> statuses.add(body.substring(0, Math.min(1, body.length()))));
        assertEquals(Set.of("{"), statuses, "every answer is a page: " + answers);
        return answers;
    }
}
