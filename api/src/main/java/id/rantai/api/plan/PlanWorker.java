package id.rantai.api.plan;

import id.rantai.api.bid.BidView;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.solver.Allocation;
import id.rantai.matching.solver.AwardPlanResult;
import id.rantai.matching.solver.AwardPlanner;
import id.rantai.matching.solver.PlanProgress;
import id.rantai.matching.solver.RulePrice;
import id.rantai.matching.solver.SolveLimits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves SOLVING award plans on a small bounded pool ({@code rantai.plans.workers}, 2 by default). Every second it
 * claims the oldest unclaimed plan (or one whose worker stopped heartbeating for {@code rantai.plans.stale-after-seconds},
 * 30 by default: a restart never loses a plan, it is solved again), builds the problem from PostgreSQL, solves it within
 * the plan's time limit while heartbeating the best score into the row, prices each active rule against the same
 * problem without it, and stores the result. A plan cancelled meanwhile stops its solve at the next heartbeat.
 * Network matching runs ({@code matching_run}) are claimed, solved and cancelled the same way, in the same slots, after plans.
 *
 * <p>Each instance counts the jobs it claimed and the results it stored ({@code rantai.solver.jobs.claimed} and
 * {@code rantai.solver.jobs.finished}, tagged {@code kind=plan|matching}): over all instances, a job is finished once,
 * and claimed more than once only when its first worker died.
 */
@Singleton
class PlanWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWorker.class);
    /** A rule's price is the cost of a solve without it, within this much time (or the plan's limit, if less). */
    static final Duration RULE_PRICE_LIMIT = Duration.ofSeconds(5);

    private final AwardPlans plans;
    private final PlanSnapshots snapshots;
    private final MatchingRuns matchingRuns;
    private final MatchingSnapshots matchingSnapshots;
    private final AwardPlanner planner = new AwardPlanner();
    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final int staleAfterSeconds;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "plan-heartbeat"));
    private final Map<UUID, AtomicReference<AwardPlanner.Run>> running = new ConcurrentHashMap<>();
    private final Counter plansClaimed;
    private final Counter plansFinished;
    private final Counter runsClaimed;
    private final Counter runsFinished;

    PlanWorker(AwardPlans plans, PlanSnapshots snapshots, MatchingRuns matchingRuns, MatchingSnapshots matchingSnapshots, MeterRegistry meters,
               @Value("${rantai.plans.workers:2}") int workers, @Value("${rantai.plans.stale-after-seconds:30}") int staleAfterSeconds) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.matchingRuns = matchingRuns;
        this.matchingSnapshots = matchingSnapshots;
        this.staleAfterSeconds = staleAfterSeconds;
        this.slots = new Semaphore(workers);
        this.pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "plan-solver"));
        this.plansClaimed = meters.counter("rantai.solver.jobs.claimed", "kind", "plan");
        this.plansFinished = meters.counter("rantai.solver.jobs.finished", "kind", "plan");
        this.runsClaimed = meters.counter("rantai.solver.jobs.claimed", "kind", "matching");
        this.runsFinished = meters.counter("rantai.solver.jobs.finished", "kind", "matching");
    }

    @Scheduled(fixedDelay = "${rantai.plans.poll-every:1s}", initialDelay = "2s")
    void poll() {
        while (slots.tryAcquire()) {
            Optional<PlanView.PlanRow> claimed;
            try {
                claimed = plans.claim(workerId, staleAfterSeconds);
            } catch (RuntimeException e) {
                slots.release();
                LOG.warn("claiming an award plan failed", e);
                return;
            }
            if (claimed.isEmpty()) {
                pollMatching();
                return;
            }
            PlanView.PlanRow plan = claimed.get();
            plansClaimed.increment();
            running.put(plan.id(), new AtomicReference<>());
            pool.execute(() -> {
                try {
                    solve(plan);
                } finally {
                    running.remove(plan.id());
                    slots.release();
                }
            });
        }
    }

    /** With a slot held: claims a network matching run and solves it in that slot, or gives the slot back. */
    private void pollMatching() {
        Optional<MatchingView.Row> claimed;
        try {
            claimed = matchingRuns.claim(workerId, staleAfterSeconds);
        } catch (RuntimeException e) {
            slots.release();
            LOG.warn("claiming a matching run failed", e);
            return;
        }
        if (claimed.isEmpty()) {
            slots.release();
            return;
        }
        MatchingView.Row run = claimed.get();
        runsClaimed.increment();
        running.put(run.id(), new AtomicReference<>());
        pool.execute(() -> {
            try {
                match(run);
            } finally {
                running.remove(run.id());
                slots.release();
            }
        });
    }

    private void match(MatchingView.Row run) {
        AtomicReference<AwardPlanner.Run> current = running.get(run.id());
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!matchingRuns.heartbeat(run.id(), workerId) && current.get() != null) {
                    // cancelled (on another instance too) or taken over
                    current.get().cancel();
                }
            } catch (RuntimeException e) {
                LOG.warn("heartbeat of matching run {} failed", run.id(), e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        try {
            MatchingSnapshots.Snapshot snapshot = matchingSnapshots.of(run.request().demandIds(), run.request().horizonWeeks());
            AwardPlanner.Run solve = planner.newRun(snapshot.problem(), SolveLimits.of(Duration.ofSeconds(run.request().timeLimitSeconds())),
                    progress -> { });
            current.set(solve);
            if (!matchingRuns.heartbeat(run.id(), workerId)) {
                solve.cancel();
            }
            AwardPlanResult result = solve.solve();
            if (solve.isCancelled()) {
                return;
            }
            count(runsFinished, matchingRuns.finish(run.id(), workerId, "SOLVED", matchingResult(snapshot, result), null));
        } catch (RuntimeException e) {
            LOG.warn("matching run {} failed", run.id(), e);
            try {
                count(runsFinished, matchingRuns.finish(run.id(), workerId, "FAILED", null, "The solver failed: " + e.getMessage()));
            } catch (RuntimeException again) {
                LOG.warn("recording the failure of matching run {} failed; it will be claimed again", run.id(), again);
            }
        } finally {
            beat.cancel(false);
        }
    }

    static MatchingView.Result matchingResult(MatchingSnapshots.Snapshot snapshot, AwardPlanResult result) {
        List<MatchingView.Proposal> proposals = new ArrayList<>();
        Map<String, java.math.BigDecimal> shortage = new java.util.TreeMap<>();
        for (Allocation a : result.allocations()) {
            MatchingSnapshots.Candidate c = snapshot.candidates().get(a.offerId());
            proposals.add(new MatchingView.Proposal(c.demandId(), c.lotId(), c.cooperativeId(), c.capabilityId(), c.memberIds(),
                    a.facilityId() == null ? null : UUID.fromString(a.facilityId()), a.weekStart(), a.quantity(), a.unitPriceIdr()));
            if (a.facilityId() != null && snapshot.plannedFacilities().contains(a.facilityId())) {
                java.math.BigDecimal hours = java.math.BigDecimal.valueOf(a.quantity() * (long) c.minutesPerUnit())
                        .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
                shortage.merge(a.facilityId() + "@" + a.weekStart(), hours, java.math.BigDecimal::add);
            }
        }
        List<MatchingView.Shortage> shortages = shortage.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("@");
            return new MatchingView.Shortage(UUID.fromString(key[0]), java.time.LocalDate.parse(key[1]), e.getValue());
        }).toList();
        var t = result.totals();
        return new MatchingView.Result(result.score().toString(), result.feasible(), snapshot.problem().horizon().start(),
                snapshot.problem().horizon().weeks(), snapshot.candidates().size(), proposals,
                result.unawarded().stream().map(u -> new PlanView.UnawardedView(UUID.fromString(u.lotId()), u.quantity(), u.reasons())).toList(),
                new PlanView.Totals(t.costIdr(), t.evaluatedCostIdr(), t.awardedQuantity(), t.unawardedQuantity(), t.msmeSharePct(),
                        t.womenYouthSharePct(), t.greenSharePct(), t.suppliers()), shortages);
    }

    /** Stops a plan or matching run solving on this instance now (other instances notice at their next heartbeat). */
    void cancelLocally(UUID planId) {
        AtomicReference<AwardPlanner.Run> run = running.get(planId);
        if (run != null && run.get() != null) {
            run.get().cancel();
        }
    }

    /** Whether this instance is solving the plan right now. */
    boolean isRunning(UUID planId) {
        return running.containsKey(planId);
    }

    private void solve(PlanView.PlanRow plan) {
        AtomicReference<AwardPlanner.Run> current = running.get(plan.id());
        AtomicReference<String> best = new AtomicReference<>();
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!plans.heartbeat(plan.id(), workerId, best.get())) {
                    AwardPlanner.Run run = current.get();
                    if (run != null) {
                        run.cancel();
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("heartbeat of award plan {} failed", plan.id(), e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        try {
            String demandStatus = plans.demandStatus(plan.demandId());
            if (!"EVALUATION".equals(demandStatus)) {
                count(plansFinished, plans.finish(plan.id(), workerId, "FAILED", null, null, null,
                        "The demand is " + demandStatus + "; plans are solved for demands in EVALUATION"));
                return;
            }
            AwardRules rules = PlanRequest.rulesOf(plan.rules());
            PlanSnapshots.Snapshot snapshot = snapshots.of(plan.demandId(), rules);
            AwardPlanner.Run run = planner.newRun(snapshot.problem(), SolveLimits.of(Duration.ofSeconds(plan.timeLimitSeconds())),
                    (PlanProgress progress) -> best.set(progress.bestScore().toString()));
            current.set(run);
            if (!stillMine(plan.id())) {
                run.cancel();
            }
            AwardPlanResult result = run.solve();
            if (run.isCancelled()) {
                // cancelled by the officer (the row says CANCELLED) or taken over: nothing to store
                return;
            }
            List<RulePrice> prices = priceOfRules(snapshot.problem(), result, plan.timeLimitSeconds(), current);
            if (current.get() != null && current.get().isCancelled()) {
                return;
            }
            PlanView.Result stored = toResult(result, prices, snapshot.bids());
            if (result.feasible()) {
                count(plansFinished, plans.finish(plan.id(), workerId, "SOLVED", result.score().toString(), true, stored, null));
            } else {
                count(plansFinished, plans.finish(plan.id(), workerId, "FAILED", result.score().toString(), false, stored, infeasibility(stored)));
            }
        } catch (RuntimeException e) {
            LOG.warn("award plan {} failed", plan.id(), e);
            try {
                count(plansFinished, plans.finish(plan.id(), workerId, "FAILED", null, null, null, "The solver failed: " + e.getMessage()));
            } catch (RuntimeException again) {
                LOG.warn("recording the failure of award plan {} failed; it will be claimed again", plan.id(), again);
            }
        } finally {
            beat.cancel(false);
        }
    }

    /** Each active rule against the same problem without it; the plan's own result is the "with" side. */
    private List<RulePrice> priceOfRules(AwardProblem problem, AwardPlanResult with, int timeLimitSeconds,
                                         AtomicReference<AwardPlanner.Run> current) {
        Duration limit = Duration.ofSeconds(timeLimitSeconds).compareTo(RULE_PRICE_LIMIT) < 0 ? Duration.ofSeconds(timeLimitSeconds) : RULE_PRICE_LIMIT;
        List<RulePrice> prices = new ArrayList<>();
        for (AwardRule rule : problem.rules().activeRules()) {
            AwardPlanner.Run run = planner.newRun(problem.withRules(problem.rules().without(rule)),
                    SolveLimits.of(limit).stoppingWhenUnimprovedFor(Duration.ofSeconds(1)), progress -> { });
            current.set(run);
            AwardPlanResult without = run.solve();
            if (run.isCancelled()) {
                return prices;
            }
            prices.add(new RulePrice(rule, rule.constraintName(), with.totals().costIdr(), without.totals().costIdr(),
                    with.totals().awardedQuantity(), without.totals().awardedQuantity(), with.feasible(), without.feasible()));
        }
        return prices;
    }

    static PlanView.Result toResult(AwardPlanResult result, List<RulePrice> prices, Map<String, BidView> bids) {
        List<PlanView.AllocationView> allocations = new ArrayList<>();
        for (Allocation a : result.allocations()) {
            BidView bid = bids.get(a.offerId());
            allocations.add(new PlanView.AllocationView(UUID.fromString(a.lotId()), bid.id(), bid.cooperative().id(), bid.memberIds(),
                    a.facilityId() == null ? null : UUID.fromString(a.facilityId()), a.weekStart(), a.quantity(), a.unitPriceIdr(),
                    a.evaluatedUnitPriceIdr()));
        }
        var t = result.totals();
        return new PlanView.Result(result.feasible() ? "SOLVED" : "FAILED", result.score().toString(), result.feasible(), allocations,
                result.unawarded().stream().map(u -> new PlanView.UnawardedView(UUID.fromString(u.lotId()), u.quantity(), u.reasons())).toList(),
                new PlanView.Totals(t.costIdr(), t.evaluatedCostIdr(), t.awardedQuantity(), t.unawardedQuantity(), t.msmeSharePct(),
                        t.womenYouthSharePct(), t.greenSharePct(), t.suppliers()),
                result.constraints().stream().map(c -> new PlanView.ConstraintView(c.name(), c.type().name(), c.impact(), c.matchCount())).toList(),
                result.brokenConstraints().stream().map(b -> new PlanView.BrokenView(b.name(), b.matchCount(), b.matches())).toList(),
                prices.stream().map(p -> new PlanView.RulePriceView(p.rule().name(), p.constraintName(), p.costDeltaIdr(),
                        p.awardedQuantityWith() - p.awardedQuantityWithout(), p.conflicting())).toList(),
                prices.stream().filter(RulePrice::conflicting).map(p -> p.rule().name()).toList(),
                result.statistics().timeMillisSpent(), result.statistics().cancelled());
    }

    /** Why an infeasible plan cannot be accepted: the hard constraints it breaks and the rules that stand in the way. */
    static String infeasibility(PlanView.Result result) {
        StringBuilder reason = new StringBuilder("No plan keeps every hard rule. Broken: ");
        reason.append(String.join("; ", result.brokenConstraints().stream()
                .map(b -> b.name() + " (" + b.matches() + (b.examples().isEmpty() ? ")" : ", e.g. " + b.examples().get(0) + ")"))
                .toList()));
        if (!result.conflictingRules().isEmpty()) {
            reason.append(". Conflicting rules: ").append(String.join(", ", result.conflictingRules()));
        }
        return reason.toString();
    }

    /** Counts a stored result: false when the job was cancelled or taken over meanwhile, so nothing was stored. */
    private static void count(Counter finished, boolean stored) {
        if (stored) {
            finished.increment();
        }
    }

    private boolean stillMine(UUID planId) {
        return plans.heartbeat(planId, workerId, null);
    }

    @PreDestroy
    void stop() {
        running.values().forEach(run -> {
            if (run.get() != null) {
                run.get().cancel();
            }
        });
        pool.shutdownNow();
        heartbeats.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
