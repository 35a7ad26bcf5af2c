package id.rantai.matching.plan;

import static id.rantai.matching.plan.Fixtures.*;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, named like it: what it penalises and by how much. */
class AwardConstraintProviderTest {

    private final ConstraintVerifier<AwardConstraintProvider, AwardPlanSolution> constraintVerifier =
            ConstraintVerifier.build(new AwardConstraintProvider(), AwardPlanSolution.class, AllocationUnit.class);

    private final Lot lot = lot("L1").build();
    private final Offer inHouse = offer("O1", lot).quantity(30).build();
    /** Officer rules: 40% MSME, 30% women/youth-led, 20% green, at most 50% of a lot per bidder. */
    private final AwardRules rules = new AwardRules(40, 30, 20, 50, null, null, false, true, Set.of());
    private final Offer large = offer("O1", lot).supplier("S1").price(100_000).profile(LARGE).build();
    private final Offer small = offer("O2", lot).supplier("S2").price(100_000).profile(MSME).build();

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    @Test
    void offerQuantity() {
        constraintVerifier.verifyThat(AwardConstraintProvider::offerQuantity)
                .given(awarded(lot, 0, 20, inHouse), awarded(lot, 1, 20, inHouse))
                .penalizesBy(10);
    }

    @Test
    void offerQuantityAllowsExactlyTheOfferedQuantity() {
        constraintVerifier.verifyThat(AwardConstraintProvider::offerQuantity)
                .given(awarded(lot, 0, 15, inHouse), awarded(lot, 1, 15, inHouse))
                .penalizesBy(0);
    }

    @Test
    void supplierMonthlyCapacity() {
        Lot other = lot("L2").build();
        Offer first = offer("O1", lot).supplier("S1").leadTimeDays(10).build();
        Offer second = offer("O2", other).supplier("S1").leadTimeDays(20).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::supplierMonthlyCapacity)
                .given(HORIZON, supplier("S1", 50), awarded(lot, 0, 30, first), awarded(other, 0, 40, second))
                .penalizesBy(20);
    }

    @Test
    void supplierMonthlyCapacityCountsEachMonthOnItsOwn() {
        Lot other = lot("L2").build();
        Offer january = offer("O1", lot).supplier("S1").leadTimeDays(10).build();
        Offer february = offer("O2", other).supplier("S1").leadTimeDays(30).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::supplierMonthlyCapacity)
                .given(HORIZON, supplier("S1", 50), awarded(lot, 0, 30, january), awarded(other, 0, 40, february))
                .penalizesBy(0);
    }

    @Test
    void supplierMonthlyCapacityCountsFacilityWorkInTheFacilityWeeksMonth() {
        Facility facility = facility("F1", 40, HERE, "sewing");
        Offer sewn = offer("O1", lot).supplier("S1").leadTimeDays(10).facility("sewing", 1).build();
        FacilityWeek february = week(facility, 5);
        FacilityWeek january = week(facility, 1);
        constraintVerifier.verifyThat(AwardConstraintProvider::supplierMonthlyCapacity)
                .given(HORIZON, supplier("S1", 50), awarded(lot, 0, 30, sewn, january), awarded(lot, 1, 40, sewn, february))
                .penalizesBy(0);
        constraintVerifier.verifyThat(AwardConstraintProvider::supplierMonthlyCapacity)
                .given(HORIZON, supplier("S1", 50), awarded(lot, 0, 30, sewn, january), awarded(lot, 1, 40, sewn, january))
                .penalizesBy(20);
    }

    @Test
    void facilityHoursPerWeek() {
        Facility facility = facility("F1", 10, HERE, "sewing");
        FacilityWeek week = week(facility, 0);
        Offer sewn = offer("O1", lot).facility("sewing", 10).build();
        Offer sewnElsewhere = offer("O2", lot("L2").build()).facility("sewing", 10).build();
        Offer ownWorkshop = offer("O3", lot).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::facilityHoursPerWeek)
                .given(awarded(lot, 0, 40, sewn, week), awarded(lot("L2").build(), 0, 30, sewnElsewhere, week),
                        awarded(lot, 1, 50, ownWorkshop, week))
                .penalizesBy(100); // 700 minutes booked across two demands' lots, 600 free; in-house work books nothing
    }

    @Test
    void facilityHasProcess() {
        FacilityWeek week = week(facility("F1", 40, HERE, "sewing"), 0);
        Offer welded = offer("O1", lot).facility("welding", 5).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::facilityHasProcess)
                .given(awarded(lot, 0, 7, welded, week))
                .penalizesBy(7);
    }

    @Test
    void facilityBooked() {
        Offer sewn = offer("O1", lot).facility("sewing", 5).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::facilityBooked)
                .given(awarded(lot, 0, 7, sewn), awarded(lot, 1, 5, inHouse))
                .penalizesBy(7);
    }

    @Test
    void deliveryDeadline() {
        Lot dueInTwoWeeks = lot("L1").deadline(START.plusDays(14)).build();
        Offer farAway = offer("O1", dueInTwoWeeks).leadTimeDays(13).at(FAR, "ID-SN").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::deliveryDeadline)
                .given(HORIZON, awarded(dueInTwoWeeks, 0, 5, farAway))
                .penalizesBy(10); // ready on day 13, three days of transport: two days late × 5 units
    }

    @Test
    void deliveryDeadlineWaitsForTheFacilityWeek() {
        Facility facility = facility("F1", 40, HERE, "sewing");
        LocalDate deadline = HORIZON.firstWeekStart().plusWeeks(7).plusDays(6);
        Lot due = lot("L1").deadline(deadline).build();
        Offer sewn = offer("O1", due).leadTimeDays(10).facility("sewing", 1).at(FAR, "ID-SN").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::deliveryDeadline)
                .given(HORIZON, awarded(due, 0, 3, sewn, week(facility, 7)))
                .penalizesBy(3); // the week ends a day after the deadline; the facility is at the delivery place
        constraintVerifier.verifyThat(AwardConstraintProvider::deliveryDeadline)
                .given(HORIZON, awarded(due, 0, 3, sewn, week(facility, 6)))
                .penalizesBy(0);
    }

    @Test
    void certifications() {
        Lot certified = lot("L1").certifications("SNI", "ISO 9001").build();
        Offer partly = offer("O1", certified).certifications("SNI").build();
        Offer fully = offer("O2", certified).certifications("SNI", "ISO 9001", "Halal").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::certifications)
                .given(awarded(certified, 0, 5, partly), awarded(certified, 1, 6, fully))
                .penalizesBy(5);
    }

    @Test
    void tkdnMinimum() {
        Lot local = lot("L1").minTkdnPct("40").build();
        Offer below = offer("O1", local).tkdnPct("39.99").build();
        Offer exactly = offer("O2", local).tkdnPct("40").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::tkdnMinimum)
                .given(awarded(local, 0, 5, below), awarded(local, 1, 6, exactly))
                .penalizesBy(5);
    }

    @Test
    void priceCeiling() {
        Offer tooDear = offer("O1", lot).price(100_001).build();
        Offer atCeiling = offer("O2", lot).price(100_000).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::priceCeiling)
                .given(awarded(lot, 0, 5, tooDear), awarded(lot, 1, 6, atCeiling))
                .penalizesBy(5);
    }

    @Test
    void lotBudget() {
        Lot tight = lot("L1").budgetIdr(1_000_000).build();
        Offer offer = offer("O1", tight).price(100_000).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::lotBudget)
                .given(awarded(tight, 0, 6, offer), awarded(tight, 1, 5, offer))
                .penalizesBy(100_000);
    }

    @Test
    void offerForLot() {
        Offer forAnotherLot = offer("O1", lot("L2").build()).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::offerForLot)
                .given(awarded(lot, 0, 5, forAnotherLot), awarded(lot, 1, 6, inHouse))
                .penalizesBy(5);
    }

    // ************************************************************************
    // Officer rules (hard when declared hard, otherwise soft)
    // ************************************************************************


    private AwardRules rules(Integer minSuppliers, Integer maxSuppliers) {
        return new AwardRules(null, null, null, null, minSuppliers, maxSuppliers, false, true, Set.of());
    }

    @Test
    void minMsmeShare() {
        constraintVerifier.verifyThat(AwardConstraintProvider::minMsmeShare)
                .given(rules, awarded(lot, 0, 8, large), awarded(lot, 1, 2, small))
                .penalizesBy(200_000); // Rp1,000,000 awarded, MSMEs get Rp200,000 of the Rp400,000 target
    }

    @Test
    void minMsmeShareIsOffWithoutTheRule() {
        constraintVerifier.verifyThat(AwardConstraintProvider::minMsmeShare)
                .given(AwardRules.none(), awarded(lot, 0, 8, large), awarded(lot, 1, 2, small))
                .penalizesBy(0);
    }

    @Test
    void minWomenYouthShare() {
        Offer youthLed = offer("O3", lot).supplier("S3").price(100_000)
                .profile(new SupplierProfile(MsmeSize.MICRO, true, false, true, false)).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::minWomenYouthShare)
                .given(rules, awarded(lot, 0, 9, large), awarded(lot, 1, 1, youthLed))
                .penalizesBy(200_000); // target 30% of Rp1,000,000, youth-led get Rp100,000
    }

    @Test
    void minGreenShare() {
        Offer green = offer("O3", lot).supplier("S3").price(100_000)
                .profile(new SupplierProfile(MsmeSize.SMALL, true, true, false, true)).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::minGreenShare)
                .given(rules, awarded(lot, 0, 9, large), awarded(lot, 1, 1, green))
                .penalizesBy(100_000); // target 20% of Rp1,000,000, green get Rp100,000
    }

    @Test
    void maxSharePerBidder() {
        Offer second = offer("O3", lot).supplier("S1").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::maxSharePerBidder)
                .given(rules, awarded(lot, 0, 30, large), awarded(lot, 1, 30, second), awarded(lot, 2, 40, small))
                .penalizesBy(10 * 100_000L); // S1 gets 60 of 100 with 50% allowed: 10 units at the Rp100,000 ceiling
    }

    @Test
    void minSuppliersPerLot() {
        constraintVerifier.verifyThat(AwardConstraintProvider::minSuppliersPerLot)
                .given(rules(3, null), awarded(lot, 0, 50, large), awarded(lot, 1, 50, small))
                .penalizesBy(100_000); // one supplier short of 3: 1% of the lot's Rp10,000,000 ceiling value
    }

    @Test
    void maxSuppliersPerLot() {
        Offer third = offer("O3", lot).supplier("S3").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::maxSuppliersPerLot)
                .given(rules(null, 1), awarded(lot, 0, 30, large), awarded(lot, 1, 30, small), awarded(lot, 2, 40, third))
                .penalizesBy(200_000); // two suppliers over 1: 2 × 1% of Rp10,000,000
    }

    // ************************************************************************
    // Medium constraint
    // ************************************************************************

    @Test
    void unawardedQuantity() {
        constraintVerifier.verifyThat(AwardConstraintProvider::unawardedQuantity)
                .given(AwardRules.defaults(), unit(lot, 0, 5, inHouse), unit(lot, 1, 7, inHouse), awarded(lot, 2, 9, inHouse))
                .penalizesBy(12);
    }

    @Test
    void unawardedQuantityIsSoftWhenTheRulesAllowIt() {
        AwardRules allow = new AwardRules(40, null, null, null, null, null, true, true, Set.of());
        constraintVerifier.verifyThat(AwardConstraintProvider::unawardedQuantity)
                .given(allow, unit(lot, 0, 5, inHouse), unit(lot, 1, 7, inHouse))
                .penalizesBy(0);
        constraintVerifier.verifyThat(AwardConstraintProvider::unawardedValue)
                .given(allow, unit(lot, 0, 5, inHouse), unit(lot, 1, 7, inHouse))
                .penalizesBy(12 * 100_000L);
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    @Test
    void unawardedValue() {
        AwardRules allow = new AwardRules(null, null, null, null, null, null, true, false, Set.of());
        constraintVerifier.verifyThat(AwardConstraintProvider::unawardedValue)
                .given(allow, unit(lot, 0, 5, inHouse), awarded(lot, 1, 7, inHouse))
                .penalizesBy(5 * 100_000L);
        constraintVerifier.verifyThat(AwardConstraintProvider::unawardedValue)
                .given(AwardRules.defaults(), unit(lot, 0, 5, inHouse))
                .penalizesBy(0);
    }

    @Test
    void evaluatedCost() {
        Offer preferred = offer("O1", lot).price(100_000).evaluatedPrice(93_750).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::evaluatedCost)
                .given(awarded(lot, 0, 10, preferred), unit(lot, 1, 10, preferred))
                .penalizesBy(937_500);
    }

    @Test
    void logisticsDistance() {
        Offer far = offer("O1", lot).price(100_000).at(FAR, "ID-SN").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::logisticsDistance)
                .given(awarded(lot, 0, 10, far), awarded(lot, 1, 10, inHouse))
                .penalizesBy(10_010); // Rp1,000,000 over 1,001 km: 1% per 1,000 km
    }

    @Test
    void logisticsDistanceCountsFromTheFacility() {
        Facility nearby = facility("F1", 40, NEAR, "sewing");
        Offer sewn = offer("O1", lot).price(100_000).at(FAR, "ID-SN").facility("sewing", 1).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::logisticsDistance)
                .given(awarded(lot, 0, 10, sewn, week(nearby, 0)))
                .penalizesBy(3_340); // Rp1,000,000 over 334 km
    }

    @Test
    void sameProvince() {
        Offer elsewhere = offer("O1", lot).price(100_000).at(HERE, "ID-JB").build();
        constraintVerifier.verifyThat(AwardConstraintProvider::sameProvince)
                .given(awarded(lot, 0, 10, elsewhere), awarded(lot, 1, 10, inHouse))
                .penalizesBy(10_000);
    }

    @Test
    void facilityLoadBalance() {
        FacilityWeek week = week(facility("F1", 10, HERE, "sewing"), 0);
        Offer sewn = offer("O1", lot).facility("sewing", 10).build();
        constraintVerifier.verifyThat(AwardConstraintProvider::facilityLoadBalance)
                .given(awarded(lot, 0, 40, sewn, week), awarded(lot, 1, 15, sewn, week))
                .penalizesBy(70); // 550 minutes booked, 480 (80% of 600) comfortable
    }
}
