package id.rantai.matching.solver;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardConstraintProvider;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * The solver facade: solves an {@link AwardProblem} within limits, reports each new best plan, can be cancelled,
 * and explains the result in plain records, including which hard rules an infeasible plan breaks. Plain Java: the
 * api runs it on its own bounded pool and stores what it returns.
 * <pre>{@code
 * AwardPlanner planner = new AwardPlanner();
 * AwardPlanner.Run run = planner.newRun(problem, SolveLimits.of(Duration.ofSeconds(30)), progress -> ...);
 * AwardPlanResult result = run.solve();   // blocks; run.cancel() from another thread ends it with the best plan so far
 * }</pre>
 */
public final class AwardPlanner {

    private final EnvironmentMode environmentMode;
    private final SolutionManager<AwardPlanSolution, HardMediumSoftLongScore> solutionManager;

    public AwardPlanner() {
        this(EnvironmentMode.REPRODUCIBLE);
    }

    private AwardPlanner(EnvironmentMode environmentMode) {
        this.environmentMode = environmentMode;
        this.solutionManager = SolutionManager.create(SolverFactory.create(baseConfig()));
    }

    /** A planner that recalculates every score from scratch to check the incremental one: slow, for tests. */
    public static AwardPlanner withScoreAssertions() {
        return new AwardPlanner(EnvironmentMode.FULL_ASSERT);
    }

    /** The model and constraints, without phases or termination. */
    private static SolverConfig baseConfig() {
        // the planner's own class loader: OptaPlanner finds its constraint stream implementation through the
        // configured one, and a thread's context class loader (e.g. under exec:java) may not see it
        return new SolverConfig(AwardPlanner.class.getClassLoader())
                .withSolutionClass(AwardPlanSolution.class)
                .withEntityClasses(AllocationUnit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AwardConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    /**
     * Two phases: the capacity-aware cheapest-first start ({@link CheapestFirstStart}), then late acceptance local
     * search over three moves: another offer (or none) for a unit; another facility week for a unit's facility work;
     * and both together ({@link FacilityOfferMove}), to move a unit onto facility work in a week that runs its process.
     * Constraint streams run on Bavet, the faster of OptaPlanner's two engines for these streams.
     */
    SolverConfig solverConfig(SolveLimits limits) {
        ChangeMoveSelectorConfig offerChange = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("offer"));
        ChangeMoveSelectorConfig weekChange = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withFilterClass(FacilityWorkFilter.class))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("facilityWeek"));
        MoveIteratorFactoryConfig offerWithWeek = new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(FacilityOfferMoveFactory.class);
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limits.timeLimit());
        if (limits.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedLimit());
        }
        if (limits.stopWhenComplete()) {
            termination.setBestScoreLimit("0hard/0medium/" + Long.MIN_VALUE + "soft");
        }
        return baseConfig()
                .withEnvironmentMode(environmentMode)
                .withTerminationConfig(termination)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(CheapestFirstStart.class)),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(
                                new UnionMoveSelectorConfig().withMoveSelectors(offerChange, weekChange, offerWithWeek)));
    }

    /** A solve to run (blocking) on the caller's thread, reporting each new best plan to {@code progress}. */
    public Run newRun(AwardProblem problem, SolveLimits limits, Consumer<PlanProgress> progress) {
        return new Run(AwardPlanSolution.from(problem), limits, progress);
    }

    /** Solves and returns the best plan found within the limits. */
    public AwardPlanResult solve(AwardProblem problem, SolveLimits limits) {
        return newRun(problem, limits, progress -> { }).solve();
    }

    /** Scores and explains a plan as it stands (a baseline, a stored plan), without solving. */
    public AwardPlanResult evaluate(AwardPlanSolution solution) {
        return PlanReader.read(solution, explain(solution), SolveStatistics.NOT_SOLVED);
    }

    private ScoreExplanation<AwardPlanSolution, HardMediumSoftLongScore> explain(AwardPlanSolution solution) {
        return solutionManager.explain(solution);
    }

    /**
     * The price of each active rule: the problem solved with all rules, and once more without each rule, within the
     * same limits per solve. Runs 1 + (number of active rules) solves one after the other.
     */
    public List<RulePrice> priceOfRules(AwardProblem problem, SolveLimits limitsPerSolve) {
        AwardPlanResult with = solve(problem, limitsPerSolve);
        List<RulePrice> prices = new ArrayList<>();
        for (AwardRule rule : problem.rules().activeRules()) {
            AwardPlanResult without = solve(problem.withRules(problem.rules().without(rule)), limitsPerSolve);
            prices.add(new RulePrice(rule, rule.constraintName(), with.totals().costIdr(), without.totals().costIdr(),
                    with.totals().awardedQuantity(), without.totals().awardedQuantity(), with.feasible(), without.feasible()));
        }
        return prices;
    }

    /** One solve: {@link #solve()} once, {@link #cancel()} from any thread. */
    public final class Run {

        private final AwardPlanSolution problem;
        private final Consumer<PlanProgress> progress;
        private final DefaultSolver<AwardPlanSolution> solver;
        private volatile boolean cancelled;
        private volatile AwardPlanSolution bestSolution;

        private Run(AwardPlanSolution problem, SolveLimits limits, Consumer<PlanProgress> progress) {
            this.problem = problem;
            this.progress = Objects.requireNonNull(progress, "progress");
            Solver<AwardPlanSolution> built = SolverFactory.<AwardPlanSolution>create(solverConfig(limits)).buildSolver();
            this.solver = (DefaultSolver<AwardPlanSolution>) built;
        }

        /** Solves until a limit or {@link #cancel()}; returns the best plan, explained. */
        public AwardPlanResult solve() {
            boolean movable = problem.getUnits().stream().anyMatch(unit -> !unit.isPinned());
            if (cancelled || !movable) {
                bestSolution = problem;
                return PlanReader.read(problem, explain(problem), new SolveStatistics(0, 0, 0, cancelled));
            }
            solver.addEventListener(event -> progress.accept(
                    new PlanProgress(event.getTimeMillisSpent(), PlanScore.of((HardMediumSoftLongScore) event.getNewBestScore()))));
            // a cancel that lands before the solver resets its own early-termination flag is repeated at the next step
            solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void stepEnded(AbstractStepScope<AwardPlanSolution> stepScope) {
                    if (cancelled) {
                        solver.terminateEarly();
                    }
                }
            });
            AwardPlanSolution best = solver.solve(problem);
            bestSolution = best;
            SolverScope<AwardPlanSolution> scope = solver.getSolverScope();
            SolveStatistics statistics = new SolveStatistics(scope.getTimeMillisSpent(), scope.getScoreCalculationCount(),
                    scope.getScoreCalculationSpeed(), cancelled);
            return PlanReader.read(best, explain(best), statistics);
        }

        /** Ends the solve early; {@link #solve()} then returns the best plan found so far. */
        public void cancel() {
            cancelled = true;
            solver.terminateEarly();
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** The best solution after {@link #solve()} returned, for callers that go on from it (the benchmark). */
        public AwardPlanSolution bestSolution() {
            return bestSolution;
        }
    }
}
