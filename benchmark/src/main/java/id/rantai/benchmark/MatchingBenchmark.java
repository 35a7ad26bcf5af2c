package id.rantai.benchmark;

import id.rantai.matching.baseline.CheapestFirstAllocator;
import id.rantai.matching.generator.InstanceGenerator;
import id.rantai.matching.generator.InstanceSpec;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.solver.AwardPlanResult;
import id.rantai.matching.solver.AwardPlanner;
import id.rantai.matching.solver.PlanProgress;
import id.rantai.matching.solver.PlanScore;
import id.rantai.matching.solver.SolveLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The matching benchmark (docs/benchmarks.md): per instance size, the by-hand cheapest-first baseline, the solver
 * over one long run (time to the first feasible and to the first complete plan, best score at the checkpoint and at
 * the end, score calculation speed), and for small instances the exact CP-SAT optimum.
 * <p>
 * Arguments (all optional, {@code key=value}): {@code sizes=100,1000,10000 seconds=60 checkpoint=10 seed=1
 * exactUpTo=100 exactSeconds=120 out=target/matching-benchmark.md}.
 */
public final class MatchingBenchmark {

    private record Measurement(int units, long greedyMillis, AwardPlanResult greedy, int overbookedWeeks,
                               Long firstFeasibleMillis, Long firstCompleteMillis, PlanScore atCheckpoint, AwardPlanResult solved,
                               ExactAwardModel.Result exact, AwardPlanResult exactEvaluated) {
    }

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>(List.of(100, 1_000, 10_000));
        int seconds = 60;
        int checkpoint = 10;
        long seed = 1;
        int exactUpTo = 100;
        int exactSeconds = 120;
        Path out = Path.of("target/matching-benchmark.md");
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "sizes" -> {
                    sizes.clear();
                    for (String size : kv[1].split(",")) {
                        sizes.add(Integer.parseInt(size.trim()));
                    }
                }
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "checkpoint" -> checkpoint = Integer.parseInt(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                case "exactUpTo" -> exactUpTo = Integer.parseInt(kv[1]);
                case "exactSeconds" -> exactSeconds = Integer.parseInt(kv[1]);
                case "out" -> out = Path.of(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        AwardPlanner planner = new AwardPlanner();
        List<Measurement> measurements = new ArrayList<>();
        for (int size : sizes) {
            log("size " + size + ": generating");
            AwardProblem problem = InstanceGenerator.generate(InstanceSpec.benchmark(size, seed));

            long t0 = System.nanoTime();
            AwardPlanSolution byHand = CheapestFirstAllocator.byHand().allocate(AwardPlanSolution.from(problem));
            long greedyMillis = (System.nanoTime() - t0) / 1_000_000;
            AwardPlanResult greedy = planner.evaluate(byHand);
            int overbooked = CheapestFirstAllocator.overbookedFacilityWeeks(byHand).size();
            log("size " + size + ": cheapest-first by hand " + greedy.score() + " in " + greedyMillis + " ms, " + overbooked + " facility weeks overbooked");

            List<PlanProgress> progress = new CopyOnWriteArrayList<>();
            AwardPlanResult solved = planner.newRun(problem, SolveLimits.of(Duration.ofSeconds(seconds)), progress::add).solve();
            Long firstFeasible = progress.stream().filter(p -> p.bestScore().feasible()).map(PlanProgress::timeMillisSpent).findFirst().orElse(null);
            Long firstComplete = progress.stream().filter(p -> p.bestScore().complete()).map(PlanProgress::timeMillisSpent).findFirst().orElse(null);
            long checkpointMillis = checkpoint * 1_000L;
            PlanScore atCheckpoint = progress.stream().filter(p -> p.timeMillisSpent() <= checkpointMillis)
                    .reduce((a, b) -> b).map(PlanProgress::bestScore).orElse(null);
            log("size " + size + ": solver " + solved.score() + " after " + seconds + " s (" + atCheckpoint + " at " + checkpoint
                    + " s), first feasible " + firstFeasible + " ms, " + solved.statistics().scoreCalculationSpeedPerSecond() + " score calculations/s");

            ExactAwardModel.Result exact = null;
            AwardPlanResult exactEvaluated = null;
            if (size <= exactUpTo) {
                log("size " + size + ": CP-SAT");
                exact = ExactAwardModel.solve(AwardPlanSolution.from(problem), Duration.ofSeconds(exactSeconds), 2);
                exactEvaluated = planner.evaluate(exact.solution());
                if (-exactEvaluated.score().soft() != exact.softPenalty() || -exactEvaluated.score().medium() != exact.unawardedQuantity()
                        || !exactEvaluated.feasible()) {
                    throw new IllegalStateException("the exact model and the constraints disagree: CP-SAT " + exact.softPenalty()
                            + " soft, " + exact.unawardedQuantity() + " unawarded; constraints " + exactEvaluated.score());
                }
                log("size " + size + ": CP-SAT " + exactEvaluated.score() + (exact.optimal() ? " optimal" : " bound " + exact.softBound())
                        + " in " + exact.millis() + " ms");
            }
            measurements.add(new Measurement(size, greedyMillis, greedy, overbooked, firstFeasible, firstComplete, atCheckpoint, solved,
                    exact, exactEvaluated));
        }
        String report = report(measurements, seconds, checkpoint, seed);
        System.out.println(report);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report);
        log("written to " + out.toAbsolutePath());
    }

    private static String report(List<Measurement> measurements, int seconds, int checkpoint, long seed) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run %s, seed %d, %d processors, load average %.1f at the end, Java %s.%n%n",
                Instant.now().toString().substring(0, 16), seed, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version")));
        md.append("| units | lots × offers | facility weeks | cheapest-first by hand | overbooked weeks | first feasible | first complete | score at ")
                .append(checkpoint).append(" s | score at ").append(seconds).append(" s | score calc/s |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : measurements) {
            AwardProblem problem = InstanceGenerator.generate(InstanceSpec.benchmark(m.units(), seed));
            md.append(String.format(Locale.ROOT, "| %,d | %d × %d | %d | %s | %d | %s | %s | %s | %s | %,d |%n",
                    m.units(), problem.lots().size(), problem.offers().size() / Math.max(1, problem.lots().size()), problem.facilityWeeks().size(),
                    m.greedy().score(), m.overbookedWeeks(), millis(m.firstFeasibleMillis()), millis(m.firstCompleteMillis()),
                    m.atCheckpoint(), m.solved().score(), m.solved().statistics().scoreCalculationSpeedPerSecond()));
        }
        md.append("\n| units | cost by hand (Rp) | solver cost (Rp) | MSME share by hand → solver | solver vs by hand |\n|---|---|---|---|---|\n");
        for (Measurement m : measurements) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s%% → %s%% | %s |%n", m.units(), m.greedy().totals().costIdr(),
                    m.solved().totals().costIdr(), m.greedy().totals().msmeSharePct(), m.solved().totals().msmeSharePct(),
                    m.solved().score().compareTo(m.greedy().score()) >= 0 ? "not worse" : "WORSE"));
        }
        boolean anyExact = measurements.stream().anyMatch(m -> m.exact() != null);
        if (anyExact) {
            md.append("\n| units | CP-SAT score | proven optimal | CP-SAT time | solver gap at ").append(checkpoint).append(" s | solver gap at ")
                    .append(seconds).append(" s | at most, against the CP-SAT bound, at ").append(checkpoint)
                    .append(" s |\n|---|---|---|---|---|---|---|\n");
            for (Measurement m : measurements) {
                if (m.exact() == null) {
                    continue;
                }
                PlanScore exact = m.exactEvaluated().score();
                PlanScore bound = new PlanScore(exact.hard(), exact.medium(), -m.exact().softBound(), exact.feasible());
                md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %,d ms | %s | %s | %s |%n", m.units(), exact,
                        m.exact().optimal() ? "yes" : "no (soft bound −" + String.format(Locale.ROOT, "%,d", m.exact().softBound()) + ")",
                        m.exact().millis(), gap(m.atCheckpoint(), exact), gap(m.solved().score(), exact), gap(m.atCheckpoint(), bound)));
            }
        }
        return md.toString();
    }

    /** How much worse than the exact optimum, in percent of its soft score; only comparable at equal hard and medium. */
    private static String gap(PlanScore solver, PlanScore exact) {
        if (solver == null) {
            return "–";
        }
        if (solver.hard() != exact.hard() || solver.medium() != exact.medium()) {
            return "medium " + solver.medium() + " vs " + exact.medium();
        }
        double pct = 100.0 * (exact.soft() - solver.soft()) / Math.abs(exact.soft());
        return String.format(Locale.ROOT, "%.3f%%", pct);
    }

    private static String millis(Long millis) {
        return millis == null ? "never" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static void log(String line) {
        // progress goes to stderr so that stdout is the report alone
        System.err.println(Instant.now().toString().substring(11, 19) + " " + line);
    }
}
