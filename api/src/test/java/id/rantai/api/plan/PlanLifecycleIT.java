package id.rantai.api.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cancelling stops a long solve; a plan whose worker died is claimed again and finished. */
@MicronautTest(transactional = false)
class PlanLifecycleIT extends PlanFixture {

    @Inject
    PlanWorker worker;

    @Test
    void cancellingStopsALongPlan() {
        Tender tender = tenderInEvaluation("Plan cancel: sabut");
        String officer = login("officer.pertamina");
        Answer requested = post("/api/demands/" + tender.demandId() + "/award-plans", officer, planBody("{\"minMsmeSharePct\":40}", 300));
        assertEquals(202, requested.status(), requested.body());
        UUID planId = UUID.fromString((String) requested.json().get("planId"));
        await().atMost(Duration.ofMinutes(1)).until(() -> worker.isRunning(planId));

        assertEquals(404, post("/api/award-plans/" + planId + "/cancel", login("officer.pln"), "").status());
        Answer cancelled = post("/api/award-plans/" + planId + "/cancel", officer, "");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().get("status"));

        // the solve would run for 300 s; the bound only keeps a broken build from hanging
        await().atMost(Duration.ofMinutes(1)).until(() -> !worker.isRunning(planId));
        assertEquals("CANCELLED", get("/api/award-plans/" + planId, officer).json().get("status"));
        assertEquals(409, post("/api/award-plans/" + planId + "/cancel", officer, "").status());
        assertEquals(409, post("/api/award-plans/" + planId + "/accept", officer, "").status(), "a cancelled plan is not accepted");
    }

    @Test
    void aPlanLeftSolvingByADeadWorkerIsClaimedAgainAndSolved() {
        Tender tender = tenderInEvaluation("Plan restart: sabut");
        String officer = login("officer.pertamina");
        UUID requestedBy = (UUID) Database.value("select id from app_user where username = 'officer.pertamina'");
        UUID planId = (UUID) Database.value("""
                insert into award_plan (demand_id, rules, time_limit_seconds, requested_by, claimed_by, heartbeat_at)
                values (?::uuid, '{"minMsmeSharePct": 40}'::jsonb, 1, ?, 'dead-worker', now() - interval '5 minutes')
                returning id""", tender.demandId(), requestedBy);

        Answer plan = awaitFinished(planId.toString(), officer);

        assertEquals("SOLVED", plan.json().get("status"), plan.body());
        assertNotEquals("dead-worker", Database.value("select claimed_by from award_plan where id = ?", planId));
        assertEquals(1000L, ((Number) ((java.util.Map<?, ?>) plan.json().get("totals")).get("awardedQuantity")).longValue()
                + ((Number) ((java.util.Map<?, ?>) plan.json().get("totals")).get("unawardedQuantity")).longValue());
    }
}
