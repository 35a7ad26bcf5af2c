package id.rantai.matching.baseline;

import static id.rantai.matching.plan.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.AwardWeights;
import id.rantai.matching.plan.Facility;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.LotSplitter;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.QuantityAllocation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheapestFirstAllocatorTest {

    private final Lot lot = lot("L1").quantity(100).certifications("SNI").build();

    @Test
    void theCheapestEligibleOfferIsFilledUpToItsQuantityThenTheNext() {
        Offer cheapest = offer("O1", lot).supplier("S1").price(70_000).quantity(30).certifications("SNI").build();
        Offer next = offer("O2", lot).supplier("S2").price(80_000).quantity(100).certifications("SNI").build();
        Offer uncertified = offer("O3", lot).supplier("S3").price(60_000).quantity(100).build();
        AwardPlanSolution solution = solution(List.of(lot), List.of(cheapest, next, uncertified), List.of(), List.of());

        CheapestFirstAllocator.byHand().allocate(solution);

        assertEquals(Map.of("O1", 30L, "O2", 70L), quantityPerOffer(solution));
    }

    @Test
    void anOfferThatCannotDeliverInTimeIsPassedOver() {
        Lot soon = lot("L1").quantity(100).deadline(START.plusDays(10)).build();
        Offer slow = offer("O1", soon).supplier("S1").price(70_000).leadTimeDays(11).build();
        Offer quick = offer("O2", soon).supplier("S2").price(90_000).leadTimeDays(9).build();
        AwardPlanSolution solution = solution(List.of(soon), List.of(slow, quick), List.of(), List.of());

        CheapestFirstAllocator.byHand().allocate(solution);

        assertEquals(Map.of("O2", 100L), quantityPerOffer(solution));
    }

    @Test
    void byHandEveryoneBooksTheNearestFacilitysFirstWeekAndOverbooksIt() {
        Lot other = lot("L2").quantity(100).build();
        Facility near = facility("F1", 20, HERE, "sewing");
        Facility far = facility("F2", 20, FAR, "sewing");
        List<FacilityWeek> weeks = List.of(week(near, 0), week(near, 1), week(far, 0), week(far, 1));
        Offer first = offer("O1", lot).supplier("S1").certifications("SNI").facility("sewing", 7).build();
        Offer second = offer("O2", other).supplier("S2").facility("sewing", 7).build();
        AwardPlanSolution solution = solution(List.of(lot, other), List.of(first, second), weeks, List.of());

        CheapestFirstAllocator.byHand().allocate(solution);

        // two lots of 100 units at 7 minutes: 1,400 minutes in a week of 20 hours (1,200)
        assertEquals(Map.of(week(near, 0).id(), 1_400L), CheapestFirstAllocator.overbookedFacilityWeeks(solution));
    }

    @Test
    void capacityAwareSpreadsFacilityWorkOverWeeksWithFreeHours() {
        Lot other = lot("L2").quantity(100).build();
        Facility near = facility("F1", 20, HERE, "sewing");
        List<FacilityWeek> weeks = List.of(week(near, 0), week(near, 1), week(near, 2));
        Offer first = offer("O1", lot).supplier("S1").certifications("SNI").facility("sewing", 6).build();
        Offer second = offer("O2", other).supplier("S2").facility("sewing", 6).build();
        AwardPlanSolution solution = solution(List.of(lot, other), List.of(first, second), weeks, List.of());

        CheapestFirstAllocator.capacityAware().allocate(solution);

        assertTrue(CheapestFirstAllocator.overbookedFacilityWeeks(solution).isEmpty());
        assertEquals(200L, solution.getUnits().stream().filter(u -> u.getOffer() != null).mapToLong(AllocationUnit::getQuantity).sum(),
                "three weeks of 20 hours hold 200 units of 6 minutes");
    }

    @Test
    void pinnedAwardsCountAgainstTheOffersQuantity() {
        Offer cheapest = offer("O1", lot).supplier("S1").price(70_000).quantity(52).certifications("SNI").build();
        Offer next = offer("O2", lot).supplier("S2").price(80_000).quantity(100).certifications("SNI").build();
        AwardPlanSolution solution = solution(List.of(lot), List.of(cheapest, next), List.of(),
                List.of(new QuantityAllocation("L1", "O1", null, null, 40)));

        CheapestFirstAllocator.byHand().allocate(solution);

        // the 60 left are split into units of 3: O1 has room for four of them
        assertEquals(Map.of("O1", 52L, "O2", 48L), quantityPerOffer(solution));
    }

    @Test
    void aUnitNoOfferCanTakeStaysUnawarded() {
        Offer tooDear = offer("O1", lot).price(200_000).certifications("SNI").build();
        AwardPlanSolution solution = solution(List.of(lot), List.of(tooDear), List.of(), List.of());

        CheapestFirstAllocator.byHand().allocate(solution);

        solution.getUnits().forEach(unit -> assertNull(unit.getOffer()));
    }

    private static Map<String, Long> quantityPerOffer(AwardPlanSolution solution) {
        Map<String, Long> result = new TreeMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.getOffer() != null) {
                result.merge(unit.getOffer().id(), unit.getQuantity(), Long::sum);
            }
        }
        return result;
    }

    private static AwardPlanSolution solution(List<Lot> lots, List<Offer> offers, List<FacilityWeek> weeks, List<QuantityAllocation> pinned) {
        return AwardPlanSolution.from(new AwardProblem(HORIZON, lots, offers,
                List.of(supplier("S1", 1_000), supplier("S2", 1_000), supplier("S3", 1_000)), weeks, AwardRules.none(),
                AwardWeights.defaults(), pinned, List.of(), LotSplitter.DEFAULT));
    }
}
