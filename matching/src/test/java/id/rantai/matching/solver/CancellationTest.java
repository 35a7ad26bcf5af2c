package id.rantai.matching.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.matching.generator.InstanceGenerator;
import id.rantai.matching.generator.InstanceSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void cancellingASolveReturnsTheBestPlanFoundSoFar() throws Exception {
        AwardPlanner planner = new AwardPlanner();
        CountDownLatch firstBest = new CountDownLatch(1);
        AwardPlanner.Run run = planner.newRun(InstanceGenerator.generate(InstanceSpec.small(8)),
                SolveLimits.of(Duration.ofHours(1)), progress -> firstBest.countDown());

        CompletableFuture<AwardPlanResult> solving = CompletableFuture.supplyAsync(run::solve);
        assertTrue(firstBest.await(1, TimeUnit.MINUTES), "the solve reports a first best plan");
        run.cancel();
        // without the cancel this would run for an hour; the bound only keeps a broken build from hanging
        AwardPlanResult result = solving.get(5, TimeUnit.MINUTES);

        assertTrue(result.statistics().cancelled());
        assertTrue(result.feasible(), result.score().toString());
    }

    @Test
    void aRunCancelledBeforeItStartsDoesNotSolve() {
        AwardPlanner.Run run = new AwardPlanner().newRun(InstanceGenerator.generate(InstanceSpec.small(8)),
                SolveLimits.of(Duration.ofHours(1)), progress -> { });
        run.cancel();

        AwardPlanResult result = run.solve();

        assertTrue(result.statistics().cancelled());
        assertTrue(result.allocations().isEmpty());
    }
}
