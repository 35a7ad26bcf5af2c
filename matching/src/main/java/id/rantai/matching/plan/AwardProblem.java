package id.rantai.matching.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a plan is solved from, as plain records: what the api maps its snapshot to. Offers are bids (award
 * plans) or catalogue estimates (network matching); a lot may have none. Facility weeks carry the hours still free
 * after awards of other demands. Evaluated offer prices are (re)computed from the rules' TKDN preference when the
 * solution is built.
 *
 * @param pinned       awards already made: kept as they are, counted against every capacity
 * @param startingPlan a plan to start from instead of from scratch (the best plan of an interrupted solve): the
 *                     solver may change it
 */
public record AwardProblem(PlanningHorizon horizon, List<Lot> lots, List<Offer> offers, List<Supplier> suppliers,
                           List<FacilityWeek> facilityWeeks, AwardRules rules, AwardWeights weights,
                           List<QuantityAllocation> pinned, List<QuantityAllocation> startingPlan, LotSplitter splitter) {

    public AwardProblem {
        Objects.requireNonNull(horizon, "horizon");
        lots = List.copyOf(lots);
        offers = List.copyOf(offers);
        suppliers = List.copyOf(suppliers);
        facilityWeeks = List.copyOf(facilityWeeks);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(weights, "weights");
        pinned = List.copyOf(pinned);
        startingPlan = List.copyOf(startingPlan);
        Objects.requireNonNull(splitter, "splitter");
        Set<String> lotIds = unique(lots.stream().map(Lot::id).toList(), "lot");
        Set<String> supplierIds = unique(suppliers.stream().map(Supplier::id).toList(), "supplier");
        unique(offers.stream().map(Offer::id).toList(), "offer");
        unique(facilityWeeks.stream().map(FacilityWeek::id).toList(), "facility week");
        for (Offer offer : offers) {
            if (!lotIds.contains(offer.lotId()) || !supplierIds.contains(offer.supplierId())) {
                throw new IllegalArgumentException("offer " + offer.id() + " names an unknown lot or supplier");
            }
        }
    }

    /** A problem with no awards yet, the default weights and units. */
    public static AwardProblem of(PlanningHorizon horizon, List<Lot> lots, List<Offer> offers, List<Supplier> suppliers,
                                  List<FacilityWeek> facilityWeeks, AwardRules rules) {
        return new AwardProblem(horizon, lots, offers, suppliers, facilityWeeks, rules, AwardWeights.defaults(), List.of(), List.of(), LotSplitter.DEFAULT);
    }

    public AwardProblem withRules(AwardRules newRules) {
        return new AwardProblem(horizon, lots, offers, suppliers, facilityWeeks, newRules, weights, pinned, startingPlan, splitter);
    }

    public AwardProblem withWeights(AwardWeights newWeights) {
        return new AwardProblem(horizon, lots, offers, suppliers, facilityWeeks, rules, newWeights, pinned, startingPlan, splitter);
    }

    public AwardProblem withPinned(List<QuantityAllocation> newPinned) {
        return new AwardProblem(horizon, lots, offers, suppliers, facilityWeeks, rules, weights, newPinned, startingPlan, splitter);
    }

    public AwardProblem withStartingPlan(List<QuantityAllocation> newStartingPlan) {
        return new AwardProblem(horizon, lots, offers, suppliers, facilityWeeks, rules, weights, pinned, newStartingPlan, splitter);
    }

    private static Set<String> unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id);
            }
        }
        return seen;
    }
}
