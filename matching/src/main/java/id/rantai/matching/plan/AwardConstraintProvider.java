package id.rantai.matching.plan;

import static id.rantai.matching.plan.ConstraintNames.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The award rules as constraints. Hard: what a plan must respect (capacities, eligibility, deadlines, budget).
 * Officer rules: hard when the officer declares them hard, otherwise soft targets ({@link ConstraintWeights}).
 * Medium: quantity left unawarded. Soft: rupiah-weighted preferences ({@link AwardWeights}).
 * <p>
 * Every stream starts from {@code forEachIncludingNullVars}: a unit with an offer but no facility week (in-house
 * work) must still count, and plain {@code forEach} would drop it because a nullable variable is null.
 */
public class AwardConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // hard
                offerQuantity(factory),
                supplierMonthlyCapacity(factory),
                facilityHoursPerWeek(factory),
                facilityHasProcess(factory),
                facilityBooked(factory),
                deliveryDeadline(factory),
                certifications(factory),
                tkdnMinimum(factory),
                priceCeiling(factory),
                lotBudget(factory),
                offerForLot(factory),
                // officer rules, hard or soft as declared
                minMsmeShare(factory),
                minWomenYouthShare(factory),
                minGreenShare(factory),
                maxSharePerBidder(factory),
                minSuppliersPerLot(factory),
                maxSuppliersPerLot(factory),
                // medium
                unawardedQuantity(factory),
                // soft
                unawardedValue(factory),
                evaluatedCost(factory),
                logisticsDistance(factory),
                sameProvince(factory),
                facilityLoadBalance(factory)
        };
    }

    private static UniConstraintStream<AllocationUnit> awarded(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(AllocationUnit.class).filter(AllocationUnit::isAwarded);
    }

    private static UniConstraintStream<AllocationUnit> unawarded(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(AllocationUnit.class).filter(unit -> !unit.isAwarded());
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    /** An offer gets no more than the quantity it offers. Penalty: units over. */
    Constraint offerQuantity(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(AllocationUnit::getOffer, sumLong(AllocationUnit::getQuantity))
                .filter((offer, quantity) -> quantity > offer.quantity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (offer, quantity) -> quantity - offer.quantity())
                .justifyWith((offer, quantity, score) -> new Breach(
                        "offer " + offer.id() + " is awarded " + quantity + " but offers " + offer.quantity()))
                .asConstraint(OFFER_QUANTITY);
    }

    /** A cooperative produces no more per calendar month than its capacity, across all its offers. Penalty: units over. */
    Constraint supplierMonthlyCapacity(ConstraintFactory factory) {
        return awarded(factory)
                .join(PlanningHorizon.class)
                .groupBy((unit, horizon) -> unit.getOffer().supplierId(),
                        (unit, horizon) -> unit.getOffer().productionMonth(horizon.start(), unit.usedFacilityWeek()),
                        sumLong((unit, horizon) -> unit.getQuantity()))
                .join(Supplier.class, equal((supplierId, month, quantity) -> supplierId, Supplier::id))
                .filter((supplierId, month, quantity, supplier) -> quantity > supplier.monthlyCapacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (supplierId, month, quantity, supplier) -> quantity - supplier.monthlyCapacity())
                .justifyWith((supplierId, month, quantity, supplier, score) -> new Breach(
                        "cooperative " + supplierId + " would produce " + quantity + " in " + month
                                + " but can produce " + supplier.monthlyCapacity() + " a month"))
                .asConstraint(SUPPLIER_MONTHLY_CAPACITY);
    }

    /** A facility week is not booked beyond its free hours, counting every demand in the plan. Penalty: minutes over. */
    Constraint facilityHoursPerWeek(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.usedFacilityWeek() != null)
                .groupBy(AllocationUnit::usedFacilityWeek, sumLong(AllocationUnit::facilityMinutes))
                .filter((week, minutes) -> minutes > week.minutesAvailable())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (week, minutes) -> minutes - week.minutesAvailable())
                .justifyWith((week, minutes, score) -> new Breach(
                        "facility " + week.facility().id() + " in the week of " + week.weekStart() + " is booked "
                                + hours(minutes) + " h but has " + week.hoursAvailable() + " h free"))
                .asConstraint(FACILITY_HOURS_PER_WEEK);
    }

    /** Facility work goes to a facility that runs the offer's process. Penalty: units. */
    Constraint facilityHasProcess(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.usedFacilityWeek() != null
                        && !unit.getFacilityWeek().facility().processes().contains(unit.getOffer().facilityProcess()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "facility " + unit.getFacilityWeek().facility().id() + " does not run " + unit.getOffer().facilityProcess()
                                + " needed by offer " + unit.getOffer().id()))
                .asConstraint(FACILITY_HAS_PROCESS);
    }

    /** An offer that produces in a shared facility has a facility week booked. Penalty: units. */
    Constraint facilityBooked(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.getOffer().needsFacility() && unit.getFacilityWeek() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "offer " + unit.getOffer().id() + " needs " + unit.getOffer().facilityProcess() + " but no facility week is booked"))
                .asConstraint(FACILITY_BOOKED);
    }

    /** Lead time (and the facility week) plus travel time arrive by the lot's deadline. Penalty: units × days late. */
    Constraint deliveryDeadline(ConstraintFactory factory) {
        return awarded(factory)
                .join(PlanningHorizon.class)
                .filter((unit, horizon) -> unit.daysLate(horizon.start()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (unit, horizon) -> unit.getQuantity() * unit.daysLate(horizon.start()))
                .justifyWith((unit, horizon, score) -> new Breach(
                        unit + " under offer " + unit.getOffer().id() + " arrives " + unit.daysLate(horizon.start())
                                + " days after the deadline " + unit.getLot().deadline()))
                .asConstraint(DELIVERY_DEADLINE);
    }

    /** The offer holds every certification the lot requires. Penalty: units. */
    Constraint certifications(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> !unit.getOffer().certifications().containsAll(unit.getLot().requiredCertifications()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "offer " + unit.getOffer().id() + " lacks a certification lot " + unit.getLot().id() + " requires "
                                + unit.getLot().requiredCertifications()))
                .asConstraint(CERTIFICATIONS);
    }

    /** The offer's TKDN reaches the lot's minimum. Penalty: units. */
    Constraint tkdnMinimum(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.getOffer().tkdnPct().compareTo(unit.getLot().minTkdnPct()) < 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "offer " + unit.getOffer().id() + " has TKDN " + unit.getOffer().tkdnPct() + "% below the minimum "
                                + unit.getLot().minTkdnPct() + "%"))
                .asConstraint(TKDN_MINIMUM);
    }

    /** The offered unit price is within the lot's price ceiling. Penalty: units. */
    Constraint priceCeiling(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.getOffer().unitPriceIdr() > unit.getLot().maxUnitPriceIdr())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "offer " + unit.getOffer().id() + " asks Rp" + unit.getOffer().unitPriceIdr() + " above the ceiling Rp"
                                + unit.getLot().maxUnitPriceIdr()))
                .asConstraint(PRICE_CEILING);
    }

    /** What a lot's awards cost at offered prices stays within its budget. Penalty: rupiah over. */
    Constraint lotBudget(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(AllocationUnit::getLot, sumLong(AllocationUnit::valueIdr))
                .filter((lot, value) -> value > lot.budgetIdr())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (lot, value) -> value - lot.budgetIdr())
                .justifyWith((lot, value, score) -> new Breach(
                        "lot " + lot.id() + " would cost Rp" + value + " over its budget Rp" + lot.budgetIdr()))
                .asConstraint(LOT_BUDGET);
    }

    /** A unit goes only to an offer made for its lot (value ranges ensure it; pinned input might not). Penalty: units. */
    Constraint offerForLot(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> !unit.getOffer().lotId().equals(unit.getLot().id()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationUnit::getQuantity)
                .justifyWith((unit, score) -> new Breach(
                        "offer " + unit.getOffer().id() + " is for lot " + unit.getOffer().lotId() + ", not " + unit.getLot().id()))
                .asConstraint(OFFER_FOR_LOT);
    }

    // ************************************************************************
    // Officer rules: hard when declared hard, otherwise soft (see ConstraintWeights)
    // ************************************************************************

    /** At least the target share of awarded value goes to MSMEs and cooperatives. Penalty: rupiah short of the target. */
    Constraint minMsmeShare(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(sumLong(AllocationUnit::valueIdr), sumLong(unit -> unit.getOffer().profile().msme() ? unit.valueIdr() : 0))
                .join(AwardRules.class)
                .filter((total, msme, rules) -> rules.isActive(AwardRule.MIN_MSME_SHARE)
                        && shortfallIdr(total, msme, rules.minMsmeSharePct()) > 0)
                .penalizeConfigurableLong((total, msme, rules) -> shortfallIdr(total, msme, rules.minMsmeSharePct()))
                .justifyWith((total, msme, rules, score) -> shareBreach("MSMEs", total, msme, rules.minMsmeSharePct()))
                .asConstraint(MIN_MSME_SHARE);
    }

    /** At least the target share of awarded value goes to women- or youth-led producers. Penalty: rupiah short. */
    Constraint minWomenYouthShare(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(sumLong(AllocationUnit::valueIdr),
                        sumLong(unit -> unit.getOffer().profile().womenOrYouthLed() ? unit.valueIdr() : 0))
                .join(AwardRules.class)
                .filter((total, part, rules) -> rules.isActive(AwardRule.MIN_WOMEN_YOUTH_SHARE)
                        && shortfallIdr(total, part, rules.minWomenYouthSharePct()) > 0)
                .penalizeConfigurableLong((total, part, rules) -> shortfallIdr(total, part, rules.minWomenYouthSharePct()))
                .justifyWith((total, part, rules, score) -> shareBreach("women- and youth-led producers", total, part,
                        rules.minWomenYouthSharePct()))
                .asConstraint(MIN_WOMEN_YOUTH_SHARE);
    }

    /** At least the target share of awarded value goes to green producers. Penalty: rupiah short. */
    Constraint minGreenShare(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(sumLong(AllocationUnit::valueIdr), sumLong(unit -> unit.getOffer().profile().green() ? unit.valueIdr() : 0))
                .join(AwardRules.class)
                .filter((total, green, rules) -> rules.isActive(AwardRule.MIN_GREEN_SHARE)
                        && shortfallIdr(total, green, rules.minGreenSharePct()) > 0)
                .penalizeConfigurableLong((total, green, rules) -> shortfallIdr(total, green, rules.minGreenSharePct()))
                .justifyWith((total, green, rules, score) -> shareBreach("green producers", total, green, rules.minGreenSharePct()))
                .asConstraint(MIN_GREEN_SHARE);
    }

    /** No supplier gets more than the allowed share of a lot's quantity. Penalty: units over, valued at the price ceiling. */
    Constraint maxSharePerBidder(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(AllocationUnit::getLot, unit -> unit.getOffer().supplierId(), sumLong(AllocationUnit::getQuantity))
                .join(AwardRules.class)
                .filter((lot, supplierId, quantity, rules) -> rules.isActive(AwardRule.MAX_SHARE_PER_BIDDER)
                        && quantity > bidderAllowance(lot, rules))
                .penalizeConfigurableLong((lot, supplierId, quantity, rules) -> (quantity - bidderAllowance(lot, rules)) * lot.maxUnitPriceIdr())
                .justifyWith((lot, supplierId, quantity, rules, score) -> new Breach(
                        "cooperative " + supplierId + " gets " + quantity + " of lot " + lot.id() + ", more than "
                                + rules.maxSharePerBidderPct() + "% (" + bidderAllowance(lot, rules) + ")"))
                .asConstraint(MAX_SHARE_PER_BIDDER);
    }

    /** An awarded lot goes to at least the minimum number of suppliers. Penalty: per missing supplier, 1% of the lot's ceiling value. */
    Constraint minSuppliersPerLot(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(AllocationUnit::getLot, countDistinct(unit -> unit.getOffer().supplierId()))
                .join(AwardRules.class)
                .filter((lot, suppliers, rules) -> rules.isActive(AwardRule.MIN_SUPPLIERS_PER_LOT)
                        && suppliers < rules.minSuppliersPerLot())
                .penalizeConfigurableLong((lot, suppliers, rules) -> (rules.minSuppliersPerLot() - suppliers) * onePercent(lot.ceilingValueIdr()))
                .justifyWith((lot, suppliers, rules, score) -> new Breach(
                        "lot " + lot.id() + " goes to " + suppliers + " suppliers, fewer than " + rules.minSuppliersPerLot()))
                .asConstraint(MIN_SUPPLIERS_PER_LOT);
    }

    /** A lot goes to at most the maximum number of suppliers. Penalty: per surplus supplier, 1% of the lot's ceiling value. */
    Constraint maxSuppliersPerLot(ConstraintFactory factory) {
        return awarded(factory)
                .groupBy(AllocationUnit::getLot, countDistinct(unit -> unit.getOffer().supplierId()))
                .join(AwardRules.class)
                .filter((lot, suppliers, rules) -> rules.isActive(AwardRule.MAX_SUPPLIERS_PER_LOT)
                        && suppliers > rules.maxSuppliersPerLot())
                .penalizeConfigurableLong((lot, suppliers, rules) -> (suppliers - rules.maxSuppliersPerLot()) * onePercent(lot.ceilingValueIdr()))
                .justifyWith((lot, suppliers, rules, score) -> new Breach(
                        "lot " + lot.id() + " goes to " + suppliers + " suppliers, more than " + rules.maxSuppliersPerLot()))
                .asConstraint(MAX_SUPPLIERS_PER_LOT);
    }

    // ************************************************************************
    // Medium constraint
    // ************************************************************************

    /** Unless the rules allow it, every unit is awarded: right after the hard rules. Penalty: units unawarded. */
    Constraint unawardedQuantity(ConstraintFactory factory) {
        return unawarded(factory)
                .join(AwardRules.class)
                .filter((unit, rules) -> !rules.allowUnawarded())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (unit, rules) -> unit.getQuantity())
                .asConstraint(UNAWARDED_QUANTITY);
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    /** When the rules allow unawarded quantity, leaving a unit unawarded costs its value at the price ceiling. */
    Constraint unawardedValue(ConstraintFactory factory) {
        return unawarded(factory)
                .join(AwardRules.class)
                .filter((unit, rules) -> rules.allowUnawarded())
                .penalizeConfigurableLong((unit, rules) -> unit.getQuantity() * unit.getLot().maxUnitPriceIdr())
                .asConstraint(UNAWARDED_VALUE);
    }

    /** The cheapest plan at evaluated prices (TKDN preference applied): rupiah. */
    Constraint evaluatedCost(ConstraintFactory factory) {
        return awarded(factory)
                .penalizeConfigurableLong(AllocationUnit::evaluatedCostIdr)
                .asConstraint(EVALUATED_COST);
    }

    /** Goods travel as little as possible: 1% of the unit's value per 1,000 km to the delivery place. */
    Constraint logisticsDistance(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.travelKm() > 0)
                .penalizeConfigurableLong(unit -> unit.valueIdr() * unit.travelKm() / 100_000)
                .asConstraint(LOGISTICS_DISTANCE);
    }

    /** Suppliers from the delivery province are preferred: 1% of the value supplied from elsewhere. */
    Constraint sameProvince(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> !unit.getOffer().province().equals(unit.getLot().province()))
                .penalizeConfigurableLong(unit -> onePercent(unit.valueIdr()))
                .asConstraint(SAME_PROVINCE);
    }

    /** Facility weeks keep a fifth of their hours free: minutes booked above 80% of a week's free hours. */
    Constraint facilityLoadBalance(ConstraintFactory factory) {
        return awarded(factory)
                .filter(unit -> unit.usedFacilityWeek() != null)
                .groupBy(AllocationUnit::usedFacilityWeek, sumLong(AllocationUnit::facilityMinutes))
                .filter((week, minutes) -> minutes > comfortableMinutes(week))
                .penalizeConfigurableLong((week, minutes) -> minutes - comfortableMinutes(week))
                .asConstraint(FACILITY_LOAD_BALANCE);
    }

    // ************************************************************************
    // Measures shared by the constraints (and by the benchmark's exact model)
    // ************************************************************************

    /** Rupiah missing for {@code part} to reach {@code pct}% of {@code total}, rounded up; zero when the target is met. */
    public static long shortfallIdr(long total, long part, int pct) {
        long scaled = pct * total - 100 * part;
        return scaled <= 0 ? 0 : -Math.floorDiv(-scaled, 100);
    }

    /** The quantity of a lot one supplier may get under the maximum share rule, rounded down. */
    public static long bidderAllowance(Lot lot, AwardRules rules) {
        return lot.quantity() * rules.maxSharePerBidderPct() / 100;
    }

    /** 80% of a facility week's free minutes, rounded down. */
    public static long comfortableMinutes(FacilityWeek week) {
        return week.minutesAvailable() * 80 / 100;
    }

    static long onePercent(long idr) {
        return idr / 100;
    }

    private static Breach shareBreach(String group, long total, long part, int pct) {
        return new Breach(group + " get Rp" + part + " of Rp" + total + " awarded, short of " + pct + "% by Rp"
                + shortfallIdr(total, part, pct));
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }
}
