package id.rantai.api.plan;

import id.rantai.api.db.JsonColumns;
import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Award plans in PostgreSQL ({@code award_plan}). A row is also the solver job: SOLVING rows are the queue, claimed
 * with {@code FOR UPDATE SKIP LOCKED}; a claim whose heartbeat has gone stale (its worker died) is claimed again.
 */
@Singleton
public class AwardPlans {

    private final Sql sql;
    private final JsonColumns json;

    AwardPlans(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional
    public UUID insert(UUID demandId, PlanRequest request, UUID requestedBy) {
        return sql.one("""
                insert into award_plan (demand_id, rules, time_limit_seconds, requested_by) values (?, ?, ?, ?) returning id""",
                rs -> rs.getObject(1, UUID.class), demandId, json.of(request.rules()), request.timeLimitSeconds(),
                requestedBy).orElseThrow();
    }

    @Transactional
    public Optional<PlanView.PlanRow> find(UUID id) {
        return sql.one("select * from award_plan where id = ?", this::row, id);
    }

    @Transactional
    public Optional<PlanView.PlanRow> lock(UUID id) {
        return sql.one("select * from award_plan where id = ? for update", this::row, id);
    }

    /** A demand's plans, newest first. */
    @Transactional
    public List<PlanView.PlanRow> ofDemand(UUID demandId) {
        return sql.list("select * from award_plan where demand_id = ? order by created_at desc limit 50", this::row, demandId);
    }

    /** Claims the oldest SOLVING plan nobody holds (or whose holder stopped heartbeating), for this worker. */
    @Transactional
    public Optional<PlanView.PlanRow> claim(String worker, int staleSeconds) {
        return sql.one("""
                update award_plan set claimed_by = ?, heartbeat_at = now(), score = null, version = version + 1
                where id = (select id from award_plan
                            where status = 'SOLVING'
                              and (claimed_by is null or heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))
                            order by created_at for update skip locked limit 1)
                returning *""", this::row, worker, staleSeconds);
    }

    /** Keeps the claim alive and records the best score so far; false when the plan is no longer this worker's to solve. */
    @Transactional
    public boolean heartbeat(UUID id, String worker, String bestScore) {
        return sql.update("""
                update award_plan set heartbeat_at = now(), score = coalesce(?, score)
                where id = ? and claimed_by = ? and status = 'SOLVING'""", bestScore, id, worker) == 1;
    }

    /** Stores the outcome, unless the plan was cancelled (or taken over) meanwhile. */
    @Transactional
    public boolean finish(UUID id, String worker, String status, String score, Boolean feasible, PlanView.Result result, String reason) {
        return sql.update("""
                update award_plan set status = ?, score = ?, feasible = ?, result = ?, failure_reason = ?, finished_at = now(),
                       heartbeat_at = now(), version = version + 1
                where id = ? and claimed_by = ? and status = 'SOLVING'""",
                status, score, feasible, result == null ? null : json.of(result), reason, id, worker) == 1;
    }

    @Transactional
    public boolean moveTo(UUID id, long version, String from, String to) {
        return sql.update("""
                update award_plan set status = ?, finished_at = coalesce(finished_at, now()), version = version + 1
                where id = ? and version = ? and status = ?""", to, id, version, from) == 1;
    }

    @Transactional
    public String demandStatus(UUID demandId) {
        return sql.one("select status from demand where id = ?", rs -> rs.getString(1), demandId).orElse("MISSING");
    }

    private PlanView.PlanRow row(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        Object feasible = rs.getObject("feasible");
        return new PlanView.PlanRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "demand_id"), rs.getString("status"),
                json.read(rs.getString("rules"), PlanRequest.Rules.class), rs.getInt("time_limit_seconds"), Sql.uuid(rs, "requested_by"),
                rs.getString("score"), feasible == null ? null : (Boolean) feasible,
                result == null ? null : json.read(result, PlanView.Result.class), rs.getString("failure_reason"),
                Sql.time(rs, "created_at"), Sql.time(rs, "finished_at"), rs.getLong("version"));
    }
}
