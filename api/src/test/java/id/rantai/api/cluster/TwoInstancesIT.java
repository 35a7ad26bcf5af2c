package id.rantai.api.cluster;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.cluster.ClusterInstance.Answer;
import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import id.rantai.infra.local.LocalServices;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application instances on one PostgreSQL and one Elasticsearch, as behind a load balancer: instance A in a
 * process of its own, instance B in this JVM. Whatever either instance does in the background happens once over
 * both; a request to either sees the same data; and when A is killed in the middle of its solves, B finishes them
 * once A's claims have gone stale.
 *
 * <p>"Once" is read from the database (one audit row per deadline move, one processing per outbox row, one result
 * per plan) and from each instance's own counters at {@code /prometheus}, added over the two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    /** The demo accounts exist once per database, with the password of whichever test seeded them first. */
    private static final String PASSWORD = ApiTestSupport.DEMO_PASSWORD;
    private static final String SECRET = "cluster-secret-cluster-secret-cluster-secret-0123456789";
    /** The scraper's token both instances accept on /prometheus (RANTAI_METRICS_TOKEN). */
    static final String METRICS_TOKEN = "cluster-metrics-scraper-token-0123456789";
    /** A claim without a heartbeat (every second) for this long is taken over (30 s in production): long enough that a
     *  loaded machine does not delay a live instance's heartbeat past it. */
    private static final int STALE_AFTER_SECONDS = 10;

    private ClusterInstance a;
    private ClusterInstance b;
    private java.sql.Timestamp started;
    private long outboxMark;
    private final List<Tender> tenders = new ArrayList<>();

    record Tender(String demandId, String lotId) {
    }

    @BeforeAll
    void startTwoInstances() throws Exception {
        started = (java.sql.Timestamp) Database.value("select now()");
        a = ClusterInstance.inItsOwnProcess("a", properties());
        b = ClusterInstance.inThisJvm("b", properties());
        outboxMark = Database.count("select coalesce(max(id), 0) from outbox");
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    static Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>(LocalServices.shared().micronautProperties());
        p.put("rantai.cluster", "true");
        p.put("rantai.jwt.secret", SECRET);
        p.put("rantai.metrics.token", METRICS_TOKEN);
        p.put("micronaut.server.port", "-1");
        p.put("rantai.demo.enabled", "true");
        p.put("rantai.demo.password", PASSWORD);
        p.put("rantai.login.max-failures-per-address", "100000");
        p.put("rantai.plans.stale-after-seconds", String.valueOf(STALE_AFTER_SECONDS));
        // both instances race for every due deadline and every outbox row several times a second
        p.put("rantai.bid-window.check-every", "200ms");
        p.put("rantai.search.indexer.every", "200ms");
        return p;
    }

    @Test
    @Order(1)
    void aRequestToEitherInstanceSeesTheSameDataAndTheOthersTokenIsValid() {
        String officerFromA = a.login("officer.pln", PASSWORD);
        assertEquals(200, b.get("/api/me", officerFromA).status(), "a token A signed is accepted by B");

        String title = "Cluster " + UUID.randomUUID().toString().substring(0, 8) + ": tali sabut kelapa";
        Answer created = a.post("/api/demands", officerFromA, ClusterInstance.json(demand(title, inDays(10), 1)));
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        Answer onB = b.get("/api/demands/" + id, officerFromA);
        assertEquals(200, onB.status(), onB.body());
        assertEquals(created.json(), onB.json(), "B answers what A wrote");

        Map<String, Object> edit = demand(title + " (revisi)", inDays(10), 1);
        edit.put("version", created.json().get("version"));
        Answer edited = b.put("/api/demands/" + id, officerFromA, ClusterInstance.json(edit));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(edited.json(), a.get("/api/demands/" + id, officerFromA).json(), "and A what B changed");
        Answer stale = a.put("/api/demands/" + id, officerFromA, ClusterInstance.json(edit));
        assertEquals(409, stale.status(), "the version B moved on is stale on A too");

        // the outbox row is indexed by one of them; either finds the published demand in Elasticsearch
        assertEquals(200, b.post("/api/demands/" + id + "/publish", officerFromA, "").status());
        // bounds only: a start-up catch-up may wait out the lease of a reindex another test JVM context left
        await().atMost(Duration.ofMinutes(5)).until(() -> a.get("/api/search/demands?q=" + title.split(":")[0].replace(' ', '+'), null)
                .body().contains(id));
    }

    @Test
    @Order(2)
    void loginFailuresOnOneInstanceLockTheNameOnTheOther() {
        String username = "officer.cluster." + UUID.randomUUID().toString().substring(0, 8);
        Database.execute("""
                insert into app_user (username, password_hash, role, organization_id, display_name)
                select ?, password_hash, role, organization_id, 'Petugas Klaster' from app_user where username = 'officer.pln'""", username);
        String wrong = "{\"username\":\"" + username + "\",\"password\":\"wrong\"}";
        for (int i = 0; i < 2; i++) {
            assertEquals(401, a.post("/api/auth/login", null, wrong).status());
            assertEquals(401, b.post("/api/auth/login", null, wrong).status());
        }
        assertEquals(401, a.post("/api/auth/login", null, wrong).status(), "the fifth failure, the allowance");
        Answer right = b.post("/api/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(429, right.status(), "5 failures over two instances are 5, not 3 on one and 2 on the other: " + right.body());
        assertEquals(429, a.post("/api/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}").status());
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void eachDeadlineClosesAndOpensItsBidsOnceWhicheverInstanceComesFirst() {
        String officerA = a.login("officer.pertamina", PASSWORD);
        String officerB = b.login("officer.pertamina", PASSWORD);
        String sabut = b.login("coop.sabut", PASSWORD);
        String mebel = a.login("coop.mebel", PASSWORD);
        for (int i = 0; i < 4; i++) {
            ClusterInstance writer = i % 2 == 0 ? a : b;
            Answer created = writer.post("/api/demands", i % 2 == 0 ? officerA : officerB,
                    ClusterInstance.json(demand("Cluster deadline " + i + ": sabut kelapa", inSeconds(6), 1)));
            assertEquals(201, created.status(), created.body());
            String demandId = (String) created.json().get("id");
            String lotId = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
            assertEquals(200, writer.post("/api/demands/" + demandId + "/publish", officerA, "").status());
            String bids = "/api/demands/" + demandId + "/lots/" + lotId + "/bids";
            assertEquals(201, a.post(bids, sabut, ClusterInstance.json(bid(700, 40_000, membersOf("coop.sabut")))).status());
            assertEquals(201, b.post(bids, mebel, ClusterInstance.json(bid(700, 42_000, membersOf("coop.mebel")))).status());
            tenders.add(new Tender(demandId, lotId));
        }
        // both instances look at every demand while its deadline passes: each read may move it too
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(() -> tenders.stream().allMatch(t ->
                "EVALUATION".equals(a.get("/api/demands/" + t.demandId(), officerA).json().get("status"))
                & "EVALUATION".equals(b.get("/api/demands/" + t.demandId(), officerB).json().get("status"))));

        for (Tender t : tenders) {
            assertEquals(1L, Database.count("select count(*) from audit_log where action = 'demand.bids-opened' and entity_id = ?",
                    t.demandId()), "one move to EVALUATION for " + t.demandId());
            Answer bidsOnA = a.get("/api/demands/" + t.demandId() + "/bids", officerA);
            assertEquals(200, bidsOnA.status(), bidsOnA.body());
            assertEquals(bidsOnA.json(), b.get("/api/demands/" + t.demandId() + "/bids", officerB).json(),
                    "the opened bids are the same on both");
        }
        double closed = a.counter("rantai_tender_bid_windows_closed_total", "") + b.counter("rantai_tender_bid_windows_closed_total", "");
        assertEquals(Database.count("select count(*) from audit_log where action = 'demand.bids-opened' and occurred_at >= ?", started),
                (long) closed, "the instances' moves add up to the moves made, none twice");
    }

    @Test
    @Order(4)
    void everyPlanAndMatchingRunIsSolvedOnceByOneOfThem() {
        String officerA = a.login("officer.pertamina", PASSWORD);
        String officerB = b.login("officer.pertamina", PASSWORD);
        List<String> plans = new ArrayList<>();
        for (Tender t : tenders) {
            for (ClusterInstance instance : List.of(a, b)) {
                Answer requested = instance.post("/api/demands/" + t.demandId() + "/award-plans", instance == a ? officerA : officerB,
                        "{\"rules\":{\"minMsmeSharePct\":40},\"timeLimitSeconds\":2}");
                assertEquals(202, requested.status(), requested.body());
                plans.add((String) requested.json().get("planId"));
            }
        }
        List<String> runs = new ArrayList<>();
        for (ClusterInstance instance : List.of(a, b)) {
            Answer requested = instance.post("/api/matching/runs", instance == a ? officerA : officerB,
                    "{\"horizonWeeks\":4,\"timeLimitSeconds\":2}");
            assertEquals(202, requested.status(), requested.body());
            runs.add((String) requested.json().get("runId"));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                Database.count("select count(*) from award_plan where id = any(?::uuid[]) and status = 'SOLVING'", uuids(plans)) == 0
                && Database.count("select count(*) from matching_run where id = any(?::uuid[]) and status = 'SOLVING'", uuids(runs)) == 0);

        List<Object> planWorkers = Database.column("select claimed_by from award_plan where id = any(?::uuid[])", uuids(plans));
        assertAll(
                () -> assertEquals(plans.size(), Database.count(
                        "select count(*) from award_plan where id = any(?::uuid[]) and status in ('SOLVED', 'FAILED') and result is not null",
                        uuids(plans)), "every plan has its one result"),
                () -> assertTrue(planWorkers.stream().anyMatch(w -> a.ownsWorker((String) w)), "A solved some: " + planWorkers),
                () -> assertTrue(planWorkers.stream().anyMatch(w -> b.ownsWorker((String) w)), "B solved some: " + planWorkers),
                () -> assertEquals(runs.size(), Database.count(
                        "select count(*) from matching_run where id = any(?::uuid[]) and status = 'SOLVED'", uuids(runs))));
        for (String kind : List.of("plan", "matching")) {
            double claimed = a.counter("rantai_solver_jobs_claimed_total", "kind=\"" + kind + "\"")
                    + b.counter("rantai_solver_jobs_claimed_total", "kind=\"" + kind + "\"");
            double finished = a.counter("rantai_solver_jobs_finished_total", "kind=\"" + kind + "\"")
                    + b.counter("rantai_solver_jobs_finished_total", "kind=\"" + kind + "\"");
            String table = kind.equals("plan") ? "award_plan" : "matching_run";
            long solvedSinceStart = Database.count("select count(*) from " + table + " where finished_at >= ? and status in ('SOLVED', 'FAILED')", started);
            assertEquals(solvedSinceStart, (long) finished, kind + ": one stored result per job over both instances");
            assertEquals(finished, claimed, kind + ": no job was claimed twice (nobody died)");
        }
    }

    @Test
    @Order(5)
    void everyOutboxRowIsProcessedOnceByOneOfThem() {
        await().atMost(Duration.ofMinutes(5)).until(() ->
                Database.count("select count(*) from outbox where id > ? and processed_at is null", outboxMark) == 0);
        long written = Database.count("select count(*) from outbox where id > ?", outboxMark);
        assertTrue(written >= 9, "the tests above published 5 demands and moved 4 to EVALUATION: " + written + " after " + outboxMark + " of "
                + Database.count("select count(*) from outbox"));
        assertEquals(0L, Database.count("select count(*) from outbox where id > ? and attempts <> 1", outboxMark),
                "each row was marked processed by one committed batch");
        double processed = a.counter("rantai_search_outbox_processed_total", "") + b.counter("rantai_search_outbox_processed_total", "");
        assertEquals(Database.count("select count(*) from outbox where processed_at >= ?", started), (long) processed);
    }

    @Test
    @Order(6)
    void whenAIsKilledMidSolveBFinishesItsPlansAfterTheLeaseExpires() throws Exception {
        String officer = b.login("officer.pertamina", PASSWORD);
        List<String> plans = new ArrayList<>();
        for (Tender t : tenders) {
            Answer requested = b.post("/api/demands/" + t.demandId() + "/award-plans", officer,
                    "{\"rules\":{\"minMsmeSharePct\":40},\"timeLimitSeconds\":8}");
            assertEquals(202, requested.status(), requested.body());
            plans.add((String) requested.json().get("planId"));
        }
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> Database.column(
                "select claimed_by from award_plan where id = any(?::uuid[]) and status = 'SOLVING'", uuids(plans))
                .stream().anyMatch(w -> a.ownsWorker((String) w)));
        List<Object> heldByA = Database.column("select id::text from award_plan where id = any(?::uuid[]) and status = 'SOLVING' and claimed_by like ?",
                uuids(plans), a.pid + "@%");
        double bClaimedBefore = b.counter("rantai_solver_jobs_claimed_total", "kind=\"plan\"");

        a.kill();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                Database.count("select count(*) from award_plan where id = any(?::uuid[]) and status = 'SOLVING'", uuids(plans)) == 0);
        assertFalse(heldByA.isEmpty());
        for (Object plan : heldByA) {
            Answer finished = b.get("/api/award-plans/" + plan, officer);
            assertTrue(List.of("SOLVED", "FAILED").contains(finished.json().get("status")), finished.body());
            assertNotNull(finished.json().get("totals"), "B stored a result for the plan A held: " + finished.body());
            assertTrue(b.ownsWorker((String) Database.value("select claimed_by from award_plan where id = ?::uuid", plan)),
                    "taken over by B once A's heartbeat was " + STALE_AFTER_SECONDS + " s old");
        }
        assertTrue(b.counter("rantai_solver_jobs_claimed_total", "kind=\"plan\"") - bClaimedBefore >= heldByA.size(),
                "B claimed A's plans again");
    }

    @Test
    void aClusterInstanceWithoutASharedSigningSecretRefusesToStart() {
        Map<String, Object> withoutSecret = properties();
        withoutSecret.remove("rantai.jwt.secret");
        Throwable refused = assertThrows(RuntimeException.class, () -> ApplicationContext.run(withoutSecret).close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("RANTAI_CLUSTER=true: every instance must sign tokens with the same key"), messages.toString());
    }

    /** The ids as a PostgreSQL array literal, bound as text and cast with {@code ?::uuid[]}. */
    private static String uuids(List<?> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}
