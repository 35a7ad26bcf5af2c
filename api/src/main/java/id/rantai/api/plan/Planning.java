package id.rantai.api.plan;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.award.Awarding;
import id.rantai.api.bid.BidView;
import id.rantai.api.bid.Bids;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.BidWindow;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Demands;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Award plans as an officer uses them: ask for one (the row is the solver's job), read it, follow it, cancel it,
 * accept it (its allocations become awards and the demand AWARDED, in one transaction). Only the buyer's officers
 * see a demand's plans; to anyone else a plan does not exist (404).
 */
@Singleton
public class Planning {

    static final String ENTITY = "award_plan";

    private final AwardPlans plans;
    private final Demands demands;
    private final Bids bids;
    private final BidWindow bidWindow;
    private final Awarding awarding;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final PlanWorker worker;

    Planning(AwardPlans plans, Demands demands, Bids bids, BidWindow bidWindow, Awarding awarding, AuditTrail audit,
             Outbox outbox, PlanWorker worker) {
        this.plans = plans;
        this.demands = demands;
        this.bids = bids;
        this.bidWindow = bidWindow;
        this.awarding = awarding;
        this.audit = audit;
        this.outbox = outbox;
        this.worker = worker;
    }

    @Transactional
    public PlanView request(CurrentUser user, UUID demandId, PlanRequest request) {
        if (user.role() != Role.OFFICER || user.organizationId().isEmpty()) {
            throw ProblemException.forbidden("Only a BUMN procurement officer may ask for an award plan");
        }
        bidWindow.closeIfDue(Optional.of(demandId));
        DemandView demand = demands.lock(demandId, false).orElseThrow(() -> ProblemException.notFound("Demand"));
        if (!demand.buyer().id().equals(user.organizationId().get())) {
            if (demand.publishedAt() != null) {
                throw ProblemException.forbidden("Only officers of " + demand.buyer().name() + " may plan this demand's awards");
            }
            throw ProblemException.notFound("Demand");
        }
        var rules = request.toRules();
        if (demand.status() != DemandStatus.EVALUATION) {
            throw ProblemException.conflict("Award plans are made in EVALUATION; this demand is " + demand.status());
        }
        UUID id = plans.insert(demandId, request, user.userId());
        PlanView created = PlanView.of(plans.find(id).orElseThrow());
        audit.record(user, "award-plan.requested", ENTITY, id, null,
                Map.of("demandId", demandId, "rules", request.rules(), "activeRules", rules.activeRules().stream().map(Enum::name).toList(),
                        "timeLimitSeconds", request.timeLimitSeconds()));
        return created;
    }

    @Transactional
    public PlanView read(CurrentUser user, UUID planId) {
        return PlanView.of(visible(user, planId, false));
    }

    /** The award plans of a demand, newest first, for its buyer's officers (404 for anyone else, as for one plan). */
    @Transactional
    public List<PlanView> ofDemand(CurrentUser user, UUID demandId) {
        DemandView demand = demands.find(demandId).orElseThrow(() -> ProblemException.notFound("Demand"));
        if (user.role() != Role.OFFICER || !user.organizationId().filter(demand.buyer().id()::equals).isPresent()) {
            throw ProblemException.notFound("Demand");
        }
        return plans.ofDemand(demandId).stream().map(PlanView::of).toList();
    }

    /** The progress event of a plan now: its best score so far while solving, or its final status. */
    @Transactional
    public PlanView.Progress progress(UUID planId) {
        PlanView.PlanRow row = plans.find(planId).orElseThrow(() -> ProblemException.notFound("Award plan"));
        OffsetDateTime end = row.finishedAt() != null ? row.finishedAt() : OffsetDateTime.now();
        return new PlanView.Progress(row.id(), row.status(), row.score(), row.feasible(),
                Math.max(0, Duration.between(row.createdAt(), end).toMillis()));
    }

    @Transactional
    public PlanView cancel(CurrentUser user, UUID planId) {
        PlanView.PlanRow plan = visible(user, planId, true);
        if (!"SOLVING".equals(plan.status())) {
            throw ProblemException.conflict("Only a SOLVING plan can be cancelled; this one is " + plan.status());
        }
        plans.moveTo(planId, plan.version(), "SOLVING", "CANCELLED");
        worker.cancelLocally(planId);
        audit.record(user, "award-plan.cancelled", ENTITY, planId, Map.of("status", plan.status()), Map.of("status", "CANCELLED"));
        return PlanView.of(plans.find(planId).orElseThrow());
    }

    @Transactional
    public PlanView accept(CurrentUser user, UUID planId) {
        PlanView.PlanRow peek = visible(user, planId, false);
        // the demand first, then the plan: the same lock order as manual awards, which lock the demand
        DemandView demand = demands.lock(peek.demandId(), true).orElseThrow();
        PlanView.PlanRow plan = plans.lock(planId).orElseThrow();
        if (!"SOLVED".equals(plan.status())) {
            throw ProblemException.conflict("Only a SOLVED plan can be accepted; this one is " + plan.status());
        }
        if (demand.status() != DemandStatus.EVALUATION) {
            throw ProblemException.conflict("The demand is " + demand.status() + "; plans are accepted in EVALUATION");
        }
        List<PlanView.AllocationView> allocations = plan.result() == null ? List.of() : plan.result().allocations();
        if (allocations.isEmpty()) {
            throw ProblemException.conflict("The plan awards nothing; change the rules and plan again");
        }
        Map<UUID, BidView> live = new HashMap<>();
        bids.ofDemand(demand.id()).forEach(b -> live.put(b.id(), b));
        Map<UUID, Long> perBid = new HashMap<>();
        Map<UUID, Long> perLot = new HashMap<>();
        for (PlanView.AllocationView a : allocations) {
            BidView bid = live.get(a.bidId());
            if (bid == null || !bid.lotId().equals(a.lotId())) {
                throw ProblemException.conflict("Bid " + a.bidId() + " of the plan is no longer a live bid of this lot; plan again");
            }
            if (perBid.merge(bid.id(), a.quantity(), Long::sum) > bid.quantity()) {
                throw ProblemException.conflict("The plan awards bid " + bid.id() + " more than its quantity; plan again");
            }
            perLot.merge(a.lotId(), a.quantity(), Long::sum);
        }
        for (DemandView.LotView lot : demand.lots()) {
            if (perLot.getOrDefault(lot.id(), 0L) > lot.quantity()) {
                throw ProblemException.conflict("The plan awards lot " + lot.lotNo() + " more than its quantity; plan again");
            }
        }
        List<UUID> awards = new ArrayList<>();
        for (PlanView.AllocationView a : allocations) {
            awards.add(awarding.insertAward(demand.id(), live.get(a.bidId()), a.quantity(), user.userId(), planId, a.facilityId(), a.week()));
        }
        if (!plans.moveTo(planId, plan.version(), "SOLVED", "ACCEPTED")) {
            throw ProblemException.conflict("The plan was changed meanwhile; reload it");
        }
        if (!demands.moveTo(demand.id(), demand.version(), DemandStatus.AWARDED)) {
            throw ProblemException.conflict("The demand was changed meanwhile; reload it and try again");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", DemandStatus.AWARDED);
        after.put("awardPlanId", planId);
        after.put("awardIds", awards);
        audit.record(user, "demand.awarded", "demand", demand.id(), Map.of("status", demand.status()), after);
        audit.record(user, "award-plan.accepted", ENTITY, planId, Map.of("status", "SOLVED"), Map.of("status", "ACCEPTED", "awardIds", awards));
        outbox.changed("demand", demand.id(), demand.version() + 1);
        return PlanView.of(plans.find(planId).orElseThrow());
    }

    /** The plan, if the caller is an officer of its demand's buyer; 404 otherwise. */
    PlanView.PlanRow visible(CurrentUser user, UUID planId, boolean lock) {
        Optional<PlanView.PlanRow> plan = lock ? plans.lock(planId) : plans.find(planId);
        return plan.filter(p -> user.role() == Role.OFFICER && user.organizationId().isPresent()
                        && demands.find(p.demandId()).map(d -> d.buyer().id().equals(user.organizationId().get())).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Award plan"));
    }
}
