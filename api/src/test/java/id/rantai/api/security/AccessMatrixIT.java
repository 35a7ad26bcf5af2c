package id.rantai.api.security;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may NOT do what: every role against every write and every protected read, with the answer a client
 * must get (401 without login, 403 for the wrong role, 404 for another organisation's unpublished things),
 * and proof that the refused writes changed nothing.
 */
@MicronautTest(transactional = false)
class AccessMatrixIT extends ApiTestSupport {

    private final Map<String, String> tokens = new HashMap<>();
    private String draft;
    private String open;
    private String openLot;
    private String sabutBid;

    record Case(String user, String method, String path, String body, int expected) {
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void demandsOfPertamina() {
        for (String user : List.of("officer.pertamina", "officer.pln", "coop.sabut", "coop.mebel", "analyst.kemenkop", "admin")) {
            tokens.put(user, login(user));
        }
        String officer = tokens.get("officer.pertamina");
        draft = (String) post("/api/demands", officer, toJson(demand("Matrix: draft", inDays(5), 1))).json().get("id");
        Answer openDemand = post("/api/demands", officer, toJson(demand("Matrix: open", inDays(5), 1)));
        open = (String) openDemand.json().get("id");
        openLot = (String) ((List<Map<String, Object>>) openDemand.json().get("lots")).get(0).get("id");
        post("/api/demands/" + open + "/publish", officer, "");
        sabutBid = (String) post("/api/demands/" + open + "/lots/" + openLot + "/bids", tokens.get("coop.sabut"),
                toJson(bid(10, 10_000, membersOf("coop.sabut")))).json().get("id");
    }

    @Test
    void everyRoleIsRefusedWhatItMayNotDo() {
        String demandBody = toJson(demand("Matrix: refused", inDays(5), 1));
        String bidBody = toJson(bid(10, 10_000, membersOf("coop.mebel")));
        String bids = "/api/demands/" + open + "/lots/" + openLot + "/bids";
        List<Case> cases = new ArrayList<>();
        for (String user : List.of("coop.sabut", "analyst.kemenkop", "admin")) {
            cases.add(new Case(user, "POST", "/api/demands", demandBody, 403));
        }
        for (String user : List.of("officer.pln", "coop.sabut", "analyst.kemenkop", "admin")) {
            cases.add(new Case(user, "GET", "/api/demands/" + draft, null, 404));
            cases.add(new Case(user, "POST", "/api/demands/" + draft + "/publish", null, user.startsWith("officer") ? 404 : 403));
            cases.add(new Case(user, "POST", "/api/demands/" + open + "/cancel", null, 403));
            cases.add(new Case(user, "GET", "/api/demands/" + open + "/bids", null, 403));
        }
        cases.add(new Case("officer.pln", "PUT", "/api/demands/" + draft, demandBody.replace("{", "{\"version\":0,"), 404));
        for (String user : List.of("officer.pertamina", "officer.pln", "analyst.kemenkop", "admin")) {
            cases.add(new Case(user, "POST", bids, bidBody, 403));
            cases.add(new Case(user, "GET", "/api/bids?mine=true", null, 403));
        }
        cases.add(new Case("coop.mebel", "GET", bids + "/" + sabutBid, null, 404));
        cases.add(new Case("coop.mebel", "DELETE", bids + "/" + sabutBid, null, 404));
        cases.add(new Case("officer.pertamina", "GET", bids + "/" + sabutBid, null, 403));
        for (String user : List.of("officer.pertamina", "coop.sabut")) {
            cases.add(new Case(user, "GET", "/api/audit", null, 403));
        }
        for (String user : List.of("coop.sabut", "analyst.kemenkop", "admin", "officer.pln")) {
            cases.add(new Case(user, "POST", "/api/demands/" + open + "/awards",
                    "{\"allocations\":[{\"bidId\":\"" + sabutBid + "\",\"quantity\":1}]}", 403));
        }
        for (String path : List.of("/api/demands", "/api/demands/" + open, "/api/bids?mine=true", "/api/awards", "/api/audit", "/api/me")) {
            cases.add(new Case(null, "GET", path, null, 401));
        }
        cases.add(new Case(null, "POST", "/api/demands", demandBody, 401));
        cases.add(new Case(null, "POST", bids, bidBody, 401));

        long demandsBefore = Database.count("select count(*) from demand");
        long bidsBefore = Database.count("select count(*) from bid");
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            String token = c.user() == null ? null : tokens.get(c.user());
            Answer answer = c.method().equals("DELETE")
                    ? delete(c.path(), token, "If-Match", "0")
                    : send(c.method(), c.path(), token, c.body());
            checks.add(() -> assertEquals(c.expected(), answer.status(), c + " → " + answer.body()));
        }
        assertAll(checks);
        assertEquals(demandsBefore, Database.count("select count(*) from demand"), "refused writes create no demand");
        assertEquals(bidsBefore, Database.count("select count(*) from bid"), "refused writes create no bid");
        assertEquals("OPEN", Database.value("select status from demand where id = ?::uuid", open));
        assertEquals("SUBMITTED", Database.value("select status from bid where id = ?::uuid", sabutBid));
    }

    @Test
    void theMinistryAndAdminsReadTheAuditLogWhichTheDatabaseKeepsAppendOnly() {
        assertEquals(200, get("/api/audit?entity=demand&id=" + open, tokens.get("analyst.kemenkop")).status());
        assertEquals(200, get("/api/audit", tokens.get("admin")).status());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Database.execute("update audit_log set action = 'forged'"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Database.execute("delete from audit_log"));
    }
}
