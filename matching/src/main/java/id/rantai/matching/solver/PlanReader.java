package id.rantai.matching.solver;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardConstraintProvider;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.Breach;
import id.rantai.matching.plan.ConstraintNames;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Logistics;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/** Turns a scored solution and its explanation into the plain records of an {@link AwardPlanResult}. */
final class PlanReader {

    /** How many matches of a broken constraint are spelled out. */
    static final int MATCHES_SHOWN = 20;

    private PlanReader() {
    }

    static AwardPlanResult read(AwardPlanSolution solution, ScoreExplanation<AwardPlanSolution, HardMediumSoftLongScore> explanation,
                                SolveStatistics statistics) {
        List<ConstraintImpact> constraints = new ArrayList<>();
        List<BrokenConstraint> broken = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getConstraintMatchCount() == 0) {
                continue;
            }
            HardMediumSoftLongScore weight = total.getConstraintWeight();
            HardMediumSoftLongScore score = total.getScore();
            ConstraintType type = weight.hardScore() != 0 ? ConstraintType.HARD
                    : weight.mediumScore() != 0 ? ConstraintType.MEDIUM : ConstraintType.SOFT;
            long impact = switch (type) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT -> score.softScore();
            };
            constraints.add(new ConstraintImpact(total.getConstraintName(), type, impact, total.getConstraintMatchCount()));
            if (type == ConstraintType.HARD && impact < 0) {
                List<String> matches = total.getConstraintMatchSet().stream()
                        .map(PlanReader::describe).sorted().limit(MATCHES_SHOWN).toList();
                broken.add(new BrokenConstraint(total.getConstraintName(), total.getConstraintMatchCount(), matches));
            }
        }
        constraints.sort(Comparator.comparing(ConstraintImpact::type).thenComparingLong(ConstraintImpact::impact)
                .thenComparing(ConstraintImpact::name));
        broken.sort(Comparator.comparing(BrokenConstraint::name));
        return new AwardPlanResult(PlanScore.of(explanation.getScore()), allocations(solution), unawarded(solution),
                totals(solution), constraints, broken, statistics);
    }

    private static String describe(ConstraintMatch<HardMediumSoftLongScore> match) {
        Object justification = match.getJustification();
        return justification instanceof Breach breach ? breach.description() : String.valueOf(justification);
    }

    private record AllocationKey(Lot lot, Offer offer, FacilityWeek week, boolean pinned) {
    }

    static List<Allocation> allocations(AwardPlanSolution solution) {
        Map<AllocationKey, Long> quantities = new LinkedHashMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.getOffer() != null) {
                quantities.merge(new AllocationKey(unit.getLot(), unit.getOffer(), unit.usedFacilityWeek(), unit.isPinned()),
                        unit.getQuantity(), Long::sum);
            }
        }
        return quantities.entrySet().stream().map(e -> {
            AllocationKey key = e.getKey();
            return new Allocation(key.lot().id(), key.lot().demandId(), key.offer().id(), key.offer().kind(), key.offer().supplierId(),
                    key.week() == null ? null : key.week().facility().id(), key.week() == null ? null : key.week().weekStart(),
                    e.getValue(), key.offer().unitPriceIdr(), key.offer().evaluatedUnitPriceIdr(), key.pinned());
        }).sorted(Comparator.comparing(Allocation::lotId).thenComparing(Allocation::offerId)
                .thenComparing(Allocation::weekStart, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    static PlanTotals totals(AwardPlanSolution solution) {
        long cost = 0;
        long evaluated = 0;
        long awarded = 0;
        long unawarded = 0;
        long msme = 0;
        long womenYouth = 0;
        long green = 0;
        Set<String> suppliers = new HashSet<>();
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.getOffer() == null) {
                unawarded += unit.getQuantity();
                continue;
            }
            long value = unit.valueIdr();
            cost += value;
            evaluated += unit.evaluatedCostIdr();
            awarded += unit.getQuantity();
            msme += unit.getOffer().profile().msme() ? value : 0;
            womenYouth += unit.getOffer().profile().womenOrYouthLed() ? value : 0;
            green += unit.getOffer().profile().green() ? value : 0;
            suppliers.add(unit.getOffer().supplierId());
        }
        return new PlanTotals(cost, evaluated, awarded, unawarded, pct(msme, cost), pct(womenYouth, cost), pct(green, cost), suppliers.size());
    }

    private static BigDecimal pct(long part, long total) {
        return total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** Per lot with quantity left unawarded: what rules out its offers, or that the eligible ones are taken. */
    static List<Unawarded> unawarded(AwardPlanSolution solution) {
        Map<Lot, Long> open = new LinkedHashMap<>();
        Map<Offer, Long> taken = new HashMap<>();
        Map<Lot, List<AllocationUnit>> unitsOf = new HashMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            unitsOf.computeIfAbsent(unit.getLot(), l -> new ArrayList<>()).add(unit);
            if (unit.getOffer() == null) {
                open.merge(unit.getLot(), unit.getQuantity(), Long::sum);
            } else {
                taken.merge(unit.getOffer(), unit.getQuantity(), Long::sum);
            }
        }
        List<Unawarded> result = new ArrayList<>();
        open.forEach((lot, quantity) -> result.add(new Unawarded(lot.id(), quantity,
                reasons(lot, unitsOf.get(lot), taken, solution))));
        result.sort(Comparator.comparing(Unawarded::lotId));
        return result;
    }

    private static List<String> reasons(Lot lot, List<AllocationUnit> units, Map<Offer, Long> taken, AwardPlanSolution solution) {
        AllocationUnit sample = units.stream().filter(u -> u.getOffer() == null).findFirst().orElseThrow();
        List<Offer> offers = sample.getOfferRange();
        if (offers.isEmpty()) {
            return List.of("no offers for this lot");
        }
        int certification = 0;
        int tkdn = 0;
        int ceiling = 0;
        int deadline = 0;
        List<Offer> eligible = new ArrayList<>();
        for (Offer offer : offers) {
            if (!offer.certifications().containsAll(lot.requiredCertifications())) {
                certification++;
            } else if (offer.tkdnPct().compareTo(lot.minTkdnPct()) < 0) {
                tkdn++;
            } else if (offer.unitPriceIdr() > lot.maxUnitPriceIdr()) {
                ceiling++;
            } else if (!canMeetDeadline(sample, offer, solution)) {
                deadline++;
            } else {
                eligible.add(offer);
            }
        }
        List<String> reasons = new ArrayList<>();
        addCount(reasons, certification, "lack a required certification");
        addCount(reasons, tkdn, "are below the TKDN minimum of " + lot.minTkdnPct() + "%");
        addCount(reasons, ceiling, "are above the price ceiling of Rp" + lot.maxUnitPriceIdr());
        addCount(reasons, deadline, "cannot deliver by " + lot.deadline());
        if (!eligible.isEmpty()) {
            long left = eligible.stream().mapToLong(o -> Math.max(0, o.quantity() - taken.getOrDefault(o, 0L))).sum();
            if (left < sample.getQuantity()) {
                reasons.add(eligible.size() + " eligible offers are awarded up to their quantity");
            } else {
                reasons.addAll(heldBack(lot, units, eligible, sample.getQuantity(), solution.getRules()));
            }
        }
        return reasons;
    }

    /** Why eligible offers with quantity left do not get the rest: the hard rules that bind, else capacity. */
    private static List<String> heldBack(Lot lot, List<AllocationUnit> units, List<Offer> eligible, long unitQuantity, AwardRules rules) {
        Map<String, Long> bySupplier = new HashMap<>();
        for (AllocationUnit unit : units) {
            if (unit.getOffer() != null) {
                bySupplier.merge(unit.getOffer().supplierId(), unit.getQuantity(), Long::sum);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (rules.isHard(AwardRule.MAX_SHARE_PER_BIDDER)) {
            long allowance = AwardConstraintProvider.bidderAllowance(lot, rules);
            if (eligible.stream().allMatch(o -> bySupplier.getOrDefault(o.supplierId(), 0L) + unitQuantity > allowance)) {
                reasons.add("every eligible cooperative has its maximum share of " + rules.maxSharePerBidderPct()
                        + "% of the lot, declared a hard rule (" + ConstraintNames.MAX_SHARE_PER_BIDDER + ")");
            }
        }
        if (rules.isHard(AwardRule.MAX_SUPPLIERS_PER_LOT) && bySupplier.size() >= rules.maxSuppliersPerLot()) {
            reasons.add("the lot has the maximum of " + rules.maxSuppliersPerLot() + " suppliers, declared a hard rule ("
                    + ConstraintNames.MAX_SUPPLIERS_PER_LOT + ")");
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        if (rules.allowUnawarded()) {
            return List.of("the rules allow quantity to stay unawarded, and awarding it would cost more than it is worth under the rules");
        }
        List<String> hard = rules.hardRules().stream().map(AwardRule::constraintName).sorted().toList();
        return List.of(eligible.size() + " eligible offers are held back by cooperative capacity, facility hours or the budget"
                + (hard.isEmpty() ? "" : ", or by the hard rules " + String.join(", ", hard)));
    }

    private static boolean canMeetDeadline(AllocationUnit unit, Offer offer, AwardPlanSolution solution) {
        if (!offer.needsFacility()) {
            return !lateWith(unit, offer, null, solution);
        }
        return unit.getFacilityWeekRange().stream()
                .filter(w -> w.facility().processes().contains(offer.facilityProcess()))
                .anyMatch(w -> !lateWith(unit, offer, w, solution));
    }

    private static boolean lateWith(AllocationUnit unit, Offer offer, FacilityWeek week, AwardPlanSolution solution) {
        return offer.readyDate(solution.getHorizon().start(), week)
                .plusDays(Logistics.travelDays(offer.origin(week), unit.getLot().delivery()))
                .isAfter(unit.getLot().deadline());
    }

    private static void addCount(List<String> reasons, int count, String what) {
        if (count > 0) {
            reasons.add(count + (count == 1 ? " offer " : " offers ") + what.replaceFirst("^are ", count == 1 ? "is " : "are ")
                    .replaceFirst("^lack ", count == 1 ? "lacks " : "lack "));
        }
    }
}
