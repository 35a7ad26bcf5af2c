package id.rantai.matching.solver;

import static id.rantai.matching.plan.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.matching.baseline.CheapestFirstAllocator;
import id.rantai.matching.generator.InstanceGenerator;
import id.rantai.matching.generator.InstanceSpec;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.AwardWeights;
import id.rantai.matching.plan.ConstraintNames;
import id.rantai.matching.plan.Facility;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.LotSplitter;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.OfferKind;
import id.rantai.matching.plan.QuantityAllocation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Solves small instances: complete and feasible plans, rules kept, explanations, pins, no-bid matching. */
class AwardPlannerTest {

    /** Stops as soon as every unit is awarded without breaking a hard rule; the time limit is only a safety net. */
    private static final SolveLimits UNTIL_COMPLETE = SolveLimits.of(Duration.ofMinutes(2)).stoppingWhenComplete();
    /** Stops once the best plan has not improved for 3 s: long enough to settle a small instance on a busy machine. */
    private static final SolveLimits UNTIL_SETTLED = SolveLimits.of(Duration.ofMinutes(2)).stoppingWhenUnimprovedFor(Duration.ofSeconds(3));

    private final AwardPlanner planner = new AwardPlanner();

    @Test
    void aGeneratedInstanceIsSolvedToACompleteFeasiblePlan() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(7));
        AwardPlanResult result = planner.solve(problem, UNTIL_COMPLETE);

        assertTrue(result.score().complete(), "complete and feasible: " + result.score());
        assertTrue(result.unawarded().isEmpty());
        assertTrue(result.brokenConstraints().isEmpty());
        long lotQuantity = problem.lots().stream().mapToLong(Lot::quantity).sum();
        assertEquals(lotQuantity, result.allocations().stream().mapToLong(Allocation::quantity).sum());
    }

    @Test
    void thePlanKeepsFacilityHoursWhereCheapestFirstByHandOverbooksThemAndScoresNoWorse() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(1));
        AwardPlanSolution byHand = CheapestFirstAllocator.byHand().allocate(AwardPlanSolution.from(problem));
        AwardPlanResult baseline = planner.evaluate(byHand);
        assertTrue(baseline.breaks(ConstraintNames.FACILITY_HOURS_PER_WEEK), "the instance must tempt cheapest-first into overbooking");

        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertTrue(result.score().complete(), result.score().toString());
        assertFalse(result.breaks(ConstraintNames.FACILITY_HOURS_PER_WEEK));
        assertTrue(result.score().compareTo(baseline.score()) > 0, result.score() + " against the baseline " + baseline.score());
    }

    @Test
    void theMsmeShareTargetIsMetWhenTheOffersAllowIt() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(3));
        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertTrue(result.totals().msmeSharePct().doubleValue() >= 40.0, "MSME share " + result.totals().msmeSharePct());
        assertEquals(0, result.impactOf(ConstraintNames.MIN_MSME_SHARE));
    }

    @Test
    void everyIncrementalScoreMatchesAFullRecalculation() {
        AwardRules everyRule = new AwardRules(40, 30, 20, 50, 2, 4, false, true, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(2)).withRules(everyRule);
        // FULL_ASSERT fails the solve with a score corruption error if any constraint scores incrementally wrong
        AwardPlanResult result = AwardPlanner.withScoreAssertions().solve(problem, SolveLimits.of(Duration.ofSeconds(3)));
        assertTrue(result.feasible(), result.score().toString());
    }

    @Test
    void theExplanationAddsUpToTheScore() {
        AwardPlanResult result = planner.solve(InstanceGenerator.generate(InstanceSpec.small(4)), UNTIL_COMPLETE);

        assertEquals(result.score().hard(), sum(result, ConstraintType.HARD));
        assertEquals(result.score().medium(), sum(result, ConstraintType.MEDIUM));
        assertEquals(result.score().soft(), sum(result, ConstraintType.SOFT));
        assertEquals(-result.totals().evaluatedCostIdr(), result.impactOf(ConstraintNames.EVALUATED_COST));
    }

    @Test
    void progressReportsEachNewBestScoreUpToTheResult() {
        List<PlanProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        AwardPlanResult result = planner.newRun(InstanceGenerator.generate(InstanceSpec.small(5)), UNTIL_SETTLED, progress::add).solve();

        assertFalse(progress.isEmpty());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).bestScore().compareTo(progress.get(i - 1).bestScore()) > 0, "each report improves on the last");
        }
        assertEquals(result.score(), progress.get(progress.size() - 1).bestScore());
        assertTrue(result.statistics().scoreCalculationCount() > 0);
    }

    @Test
    void pinnedAwardsStayAsTheyAreWhenRePlanning() {
        Lot lot = lot("L1").quantity(100).build();
        Offer dear = offer("O1", lot).supplier("S1").price(99_000).build();
        Offer cheap = offer("O2", lot).supplier("S2").price(70_000).build();
        AwardProblem problem = problem(List.of(lot), List.of(dear, cheap), List.of(), AwardRules.none())
                .withPinned(List.of(new QuantityAllocation("L1", "O1", null, null, 30)));

        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertEquals(List.of(
                new Allocation("L1", "D1", "O1", OfferKind.BID, "S1", null, null, 30, 99_000, 99_000, true),
                new Allocation("L1", "D1", "O2", OfferKind.BID, "S2", null, null, 70, 70_000, 70_000, false)), result.allocations());
    }

    @Test
    void aSolveResumesFromThePlanItWasInterruptedWith() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(9));
        AwardPlanResult interrupted = planner.solve(problem, SolveLimits.of(Duration.ofMillis(500)));

        AwardPlanSolution restored = AwardPlanSolution.from(problem.withStartingPlan(interrupted.startingPlan()));

        assertEquals(interrupted.score(), planner.evaluate(restored).score(), "the starting plan comes back unit for unit");
        AwardPlanResult resumed = planner.solve(problem.withStartingPlan(interrupted.startingPlan()), UNTIL_SETTLED);
        assertTrue(resumed.score().compareTo(interrupted.score()) >= 0, resumed.score() + " after " + interrupted.score());
    }

    @Test
    void aBrokenHardRuleIsReportedByNameWithWhatBreaksIt() {
        Lot lot = lot("L1").quantity(100).build();
        Offer sewn = offer("O1", lot).facility("sewing", 10).build();
        Facility facility = facility("F1", 10, HERE, "sewing");
        FacilityWeek week = week(facility, 0);
        AwardProblem problem = problem(List.of(lot), List.of(sewn), List.of(week), AwardRules.none())
                .withPinned(List.of(new QuantityAllocation("L1", "O1", "F1", week.weekStart(), 100)));

        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertFalse(result.feasible());
        assertEquals(List.of(new BrokenConstraint(ConstraintNames.FACILITY_HOURS_PER_WEEK, 1,
                List.of("facility F1 in the week of " + week.weekStart() + " is booked 16.7 h but has 10 h free"))), result.brokenConstraints());
        assertTrue(result.constraints().contains(new ConstraintImpact(ConstraintNames.FACILITY_HOURS_PER_WEEK, ConstraintType.HARD, -400, 1)));
    }

    @Test
    void aRuleDeclaredHardLeavesQuantityUnawardedAndSaysWhy() {
        Lot lot = lot("L1").quantity(100).build();
        AwardRules rules = new AwardRules(null, null, null, 30, null, null, false, false, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));
        AwardProblem problem = problem(List.of(lot), twoSuppliers(lot), List.of(), rules);

        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertTrue(result.feasible());
        assertEquals(60, result.totals().awardedQuantity());
        assertEquals(1, result.unawarded().size());
        assertEquals(40, result.unawarded().get(0).quantity());
        assertTrue(result.unawarded().get(0).reasons().stream().anyMatch(r -> r.contains(ConstraintNames.MAX_SHARE_PER_BIDDER)),
                result.unawarded().get(0).reasons().toString());
    }

    @Test
    void thePriceOfARuleIsTheCostDifferenceAgainstTheSameProblemWithoutIt() {
        Lot lot = lot("L1").quantity(100).build();
        AwardRules rules = new AwardRules(null, null, null, 50, null, null, false, false, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));

        List<RulePrice> prices = planner.priceOfRules(problem(List.of(lot), twoSuppliers(lot), List.of(), rules), UNTIL_SETTLED);

        assertEquals(1, prices.size());
        RulePrice price = prices.get(0);
        assertEquals(AwardRule.MAX_SHARE_PER_BIDDER, price.rule());
        assertEquals(50 * 80_000 + 50 * 100_000, price.costWithIdr());
        assertEquals(100 * 80_000, price.costWithoutIdr());
        assertEquals(1_000_000, price.costDeltaIdr());
        assertFalse(price.conflicting());
    }

    @Test
    void aHardRuleThatKeepsQuantityUnawardedIsFlaggedAsConflicting() {
        Lot lot = lot("L1").quantity(100).build();
        AwardRules rules = new AwardRules(null, null, null, 30, null, null, false, false, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));

        RulePrice price = planner.priceOfRules(problem(List.of(lot), twoSuppliers(lot), List.of(), rules), UNTIL_SETTLED).get(0);

        assertEquals(60, price.awardedQuantityWith());
        assertEquals(100, price.awardedQuantityWithout());
        assertTrue(price.conflicting());
    }

    @Test
    void networkMatchingWorksFromCatalogueEstimatesWithoutAnyBid() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(6).withKind(OfferKind.CATALOGUE_ESTIMATE));
        AwardPlanResult result = planner.solve(problem, UNTIL_COMPLETE);

        assertTrue(result.score().complete(), result.score().toString());
        assertFalse(result.allocations().isEmpty());
        assertTrue(result.allocations().stream().allMatch(a -> a.offerKind() == OfferKind.CATALOGUE_ESTIMATE));
    }

    @Test
    void aLotWithoutOffersStaysUnawardedWithAReason() {
        Lot unwanted = lot("L1").build();
        Lot wanted = lot("L2").build();
        AwardProblem problem = problem(List.of(unwanted, wanted), List.of(offer("O1", wanted).build()), List.of(), AwardRules.none());

        AwardPlanResult result = planner.solve(problem, UNTIL_SETTLED);

        assertEquals(List.of(new Unawarded("L1", 100, List.of("no offers for this lot"))), result.unawarded());
        assertEquals(100, result.totals().awardedQuantity());
    }

    @Test
    void aProblemWithoutLotsGivesAnEmptyPlan() {
        AwardPlanResult result = planner.solve(problem(List.of(), List.of(), List.of(), AwardRules.defaults()), UNTIL_SETTLED);

        assertTrue(result.score().complete());
        assertTrue(result.allocations().isEmpty());
        assertTrue(result.unawarded().isEmpty());
    }

    private static long sum(AwardPlanResult result, ConstraintType type) {
        return result.constraints().stream().filter(c -> c.type() == type).mapToLong(ConstraintImpact::impact).sum();
    }

    /** S1 offers the whole lot at Rp80,000, S2 at Rp100,000; both in-house, next door. */
    private static List<Offer> twoSuppliers(Lot lot) {
        return List.of(offer("O1", lot).supplier("S1").price(80_000).build(), offer("O2", lot).supplier("S2").price(100_000).build());
    }

    static AwardProblem problem(List<Lot> lots, List<Offer> offers, List<FacilityWeek> weeks, AwardRules rules) {
        return new AwardProblem(HORIZON, lots, offers, List.of(supplier("S1", 1_000), supplier("S2", 1_000)), weeks, rules,
                AwardWeights.defaults(), List.of(), List.of(), LotSplitter.DEFAULT);
    }
}
