package id.rantai.api.plan;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Network matching runs for OPEN demands, before bidding: officers match their own BUMN's demands, the ministry any.
 * A run is read, and cancelled while it solves, by whoever asked for it and by the ministry; to others it does not
 * exist (404).
 */
@Singleton
public class Matching {

    /** Most demands one run takes when none are named: the newest OPEN ones. */
    static final int MAX_DEMANDS = 50;

    private final MatchingRuns runs;
    private final Sql sql;
    private final AuditTrail audit;
    private final PlanWorker worker;

    Matching(MatchingRuns runs, Sql sql, AuditTrail audit, PlanWorker worker) {
        this.runs = runs;
        this.sql = sql;
        this.audit = audit;
        this.worker = worker;
    }

    @Transactional
    public MatchingView request(CurrentUser user, MatchingRequest request) {
        boolean ministry = user.role() == Role.MINISTRY;
        if (!ministry && (user.role() != Role.OFFICER || user.organizationId().isEmpty())) {
            throw ProblemException.forbidden("Only BUMN officers and the ministry run network matching");
        }
        UUID buyer = ministry ? null : user.organizationId().get();
        List<UUID> demandIds;
        if (request.demandIds() == null) {
            demandIds = sql.list("""
                    select id from demand where status = 'OPEN' and (?::uuid is null or buyer_organization_id = ?)
                    order by published_at desc, id limit ?""", rs -> rs.getObject(1, UUID.class), buyer, buyer, MAX_DEMANDS);
        } else {
            demandIds = request.demandIds().stream().distinct().toList();
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < request.demandIds().size(); i++) {
                UUID id = request.demandIds().get(i);
                String status = sql.one("""
                        select status from demand where id = ? and (published_at is not null or buyer_organization_id = ?)""",
                        rs -> rs.getString(1), id, buyer).orElse(null);
                if (status == null) {
                    errors.add(new Problem.FieldError("demandIds[" + i + "]", "no such demand"));
                } else if (!"OPEN".equals(status)) {
                    errors.add(new Problem.FieldError("demandIds[" + i + "]", "is " + status + "; matching is for OPEN demands"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The demands cannot be matched", errors);
            }
        }
        MatchingView.MatchingStored stored = new MatchingView.MatchingStored(demandIds, request.horizonWeeks(), request.timeLimit());
        UUID id = runs.insert(stored, user.userId());
        audit.record(user, "matching-run.requested", "matching_run", id, null, Map.of("request", stored));
        return view(runs.find(id).orElseThrow());
    }

    @Transactional
    public MatchingView read(CurrentUser user, UUID runId) {
        return view(visible(user, runId));
    }

    /** Stops a SOLVING run: whoever may read it may cancel it; an ended run answers 409. */
    @Transactional
    public MatchingView cancel(CurrentUser user, UUID runId) {
        MatchingView.Row run = visible(user, runId);
        if (!runs.cancel(runId)) {
            throw ProblemException.conflict("Only a SOLVING matching run can be cancelled; this one is "
                    + runs.find(runId).map(MatchingView.Row::status).orElse(run.status()));
        }
        worker.cancelLocally(runId);
        audit.record(user, "matching-run.cancelled", "matching_run", runId, Map.of("status", run.status()), Map.of("status", "CANCELLED"));
        return view(runs.find(runId).orElseThrow());
    }

    private MatchingView.Row visible(CurrentUser user, UUID runId) {
        return runs.find(runId).filter(r -> user.role() == Role.MINISTRY || r.requestedBy().equals(user.userId()))
                .orElseThrow(() -> ProblemException.notFound("Matching run"));
    }

    private static MatchingView view(MatchingView.Row row) {
        return new MatchingView(row.id(), row.status(), row.request(), row.result(), row.failureReason(), row.createdAt(), row.finishedAt());
    }
}
