package id.rantai.api.plan;

import id.rantai.api.db.JsonColumns;
import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Network matching runs in PostgreSQL ({@code matching_run}): a solver job like an award plan, claimed the same way. */
@Singleton
public class MatchingRuns {

    private final Sql sql;
    private final JsonColumns json;

    MatchingRuns(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional
    public UUID insert(MatchingView.MatchingStored request, UUID requestedBy) {
        return sql.one("insert into matching_run (request, requested_by) values (?, ?) returning id",
                rs -> rs.getObject(1, UUID.class), json.of(request), requestedBy).orElseThrow();
    }

    @Transactional
    public Optional<MatchingView.Row> find(UUID id) {
        return sql.one("select * from matching_run where id = ?", this::row, id);
    }

    @Transactional
    public Optional<MatchingView.Row> claim(String worker, int staleSeconds) {
        return sql.one("""
                update matching_run set claimed_by = ?, heartbeat_at = now(), version = version + 1
                where id = (select id from matching_run
                            where status = 'SOLVING'
                              and (claimed_by is null or heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))
                            order by created_at for update skip locked limit 1)
                returning *""", this::row, worker, staleSeconds);
    }

    @Transactional
    public boolean heartbeat(UUID id, String worker) {
        return sql.update("update matching_run set heartbeat_at = now() where id = ? and claimed_by = ? and status = 'SOLVING'",
                id, worker) == 1;
    }

    /** SOLVING → CANCELLED; false when the run had already ended. */
    @Transactional
    public boolean cancel(UUID id) {
        return sql.update("""
                update matching_run set status = 'CANCELLED', finished_at = now(), version = version + 1
                where id = ? and status = 'SOLVING'""", id) == 1;
    }

    @Transactional
    public boolean finish(UUID id, String worker, String status, MatchingView.Result result, String reason) {
        return sql.update("""
                update matching_run set status = ?, result = ?, failure_reason = ?, finished_at = now(), heartbeat_at = now(),
                       version = version + 1
                where id = ? and claimed_by = ? and status = 'SOLVING'""",
                status, result == null ? null : json.of(result), reason, id, worker) == 1;
    }

    private MatchingView.Row row(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        return new MatchingView.Row(Sql.uuid(rs, "id"), rs.getString("status"),
                json.read(rs.getString("request"), MatchingView.MatchingStored.class), Sql.uuid(rs, "requested_by"),
                result == null ? null : json.read(result, MatchingView.Result.class), rs.getString("failure_reason"),
                Sql.time(rs, "created_at"), Sql.time(rs, "finished_at"));
    }
}
