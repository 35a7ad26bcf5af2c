package id.rantai.matching.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One award plan being solved: the facts of an {@link AwardProblem} and its allocation units. Scores on three
 * levels: hard (rules that must hold), medium (quantity left unawarded), soft (rupiah-weighted preferences).
 */
@PlanningSolution
public class AwardPlanSolution {

    @ProblemFactProperty
    private PlanningHorizon horizon;
    @ProblemFactProperty
    private AwardRules rules;
    @ConstraintConfigurationProvider
    private ConstraintWeights constraintWeights;
    @ProblemFactCollectionProperty
    private List<Lot> lots;
    @ProblemFactCollectionProperty
    private List<Offer> offers;
    @ProblemFactCollectionProperty
    private List<Supplier> suppliers;
    @ProblemFactCollectionProperty
    private List<Facility> facilities;
    @ProblemFactCollectionProperty
    private List<FacilityWeek> facilityWeeks;
    @PlanningEntityCollectionProperty
    private List<AllocationUnit> units;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public AwardPlanSolution() {
    }

    public AwardPlanSolution(PlanningHorizon horizon, AwardRules rules, AwardWeights weights, List<Lot> lots, List<Offer> offers,
                             List<Supplier> suppliers, List<FacilityWeek> facilityWeeks, List<AllocationUnit> units) {
        this.horizon = horizon;
        this.rules = rules;
        this.constraintWeights = ConstraintWeights.of(rules, weights);
        this.lots = List.copyOf(lots);
        this.offers = List.copyOf(offers);
        this.suppliers = List.copyOf(suppliers);
        this.facilityWeeks = List.copyOf(facilityWeeks);
        this.facilities = facilityWeeks.stream().map(FacilityWeek::facility).distinct().toList();
        this.units = new ArrayList<>(units);
    }

    /**
     * Builds the planning model: prices offers by the rules' TKDN preference, keeps pinned awards as pinned units,
     * splits what is left of each lot into units, gives each unit its value ranges, and assigns the starting plan.
     */
    public static AwardPlanSolution from(AwardProblem problem) {
        List<Offer> offers = problem.offers().stream().map(o -> o.evaluatedWith(problem.rules().localContentPreference())).toList();
        Map<String, Offer> offerById = offers.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
        Map<String, List<Offer>> offersByLot = offers.stream().collect(Collectors.groupingBy(Offer::lotId, LinkedHashMap::new, Collectors.toList()));
        Map<String, FacilityWeek> weekById = problem.facilityWeeks().stream().collect(Collectors.toMap(FacilityWeek::id, Function.identity()));
        List<AllocationUnit> units = new ArrayList<>();
        for (Lot lot : problem.lots()) {
            List<Offer> lotOffers = offersByLot.getOrDefault(lot.id(), List.of());
            int index = 0;
            long pinnedQuantity = 0;
            for (QuantityAllocation pin : problem.pinned()) {
                if (pin.lotId().equals(lot.id())) {
                    units.add(AllocationUnit.pinned(lot, index++, pin.quantity(), offerOf(pin, lot, offerById), weekOf(pin, weekById)));
                    pinnedQuantity += pin.quantity();
                }
            }
            if (pinnedQuantity > lot.quantity()) {
                throw new IllegalArgumentException("lot " + lot.id() + " has more pinned (" + pinnedQuantity + ") than its quantity " + lot.quantity());
            }
            List<FacilityWeek> weekRange = facilityWeekRange(lot, lotOffers, problem.facilityWeeks(), problem.horizon().start());
            List<AllocationUnit> open = new ArrayList<>();
            for (long quantity : problem.splitter().split(lot.quantity() - pinnedQuantity)) {
                open.add(new AllocationUnit(lot, index++, quantity, lotOffers, weekRange));
            }
            startFrom(problem.startingPlan().stream().filter(a -> a.lotId().equals(lot.id())).toList(), open, lot, offerById, weekById);
            units.addAll(open);
        }
        return new AwardPlanSolution(problem.horizon(), problem.rules(), problem.weights(), problem.lots(), offers,
                problem.suppliers(), problem.facilityWeeks(), units);
    }

    /**
     * Gives the lot's units the starting plan's offers and weeks, largest unit first into an allocation with room for
     * it; quantity that does not fit whole units stays unassigned for the solver to place. A plan this solver made
     * from the same lots comes back unit for unit.
     */
    private static void startFrom(List<QuantityAllocation> plan, List<AllocationUnit> units, Lot lot, Map<String, Offer> offerById,
                                  Map<String, FacilityWeek> weekById) {
        if (plan.isEmpty()) {
            return;
        }
        long[] room = plan.stream().mapToLong(QuantityAllocation::quantity).toArray();
        List<AllocationUnit> largestFirst = new ArrayList<>(units);
        largestFirst.sort(Comparator.comparingLong(AllocationUnit::getQuantity).reversed());
        long smallest = largestFirst.isEmpty() ? 1 : largestFirst.get(largestFirst.size() - 1).getQuantity();
        for (AllocationUnit unit : largestFirst) {
            int chosen = -1;
            for (int i = 0; i < room.length; i++) {
                if (room[i] >= unit.getQuantity()) {
                    if (chosen < 0) {
                        chosen = i;
                    }
                    // prefer the allocation this unit completes in whole standard units: the one it came from
                    if ((room[i] - unit.getQuantity()) % smallest == 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            if (chosen >= 0) {
                room[chosen] -= unit.getQuantity();
                unit.setOffer(offerOf(plan.get(chosen), lot, offerById));
                unit.setFacilityWeek(weekOf(plan.get(chosen), weekById));
            }
        }
    }

    private static Offer offerOf(QuantityAllocation allocation, Lot lot, Map<String, Offer> offerById) {
        Offer offer = offerById.get(allocation.offerId());
        if (offer == null || !offer.lotId().equals(lot.id())) {
            throw new IllegalArgumentException("allocation names offer " + allocation.offerId() + " which is not an offer for lot " + lot.id());
        }
        return offer;
    }

    private static FacilityWeek weekOf(QuantityAllocation allocation, Map<String, FacilityWeek> weekById) {
        if (allocation.facilityId() == null) {
            return null;
        }
        FacilityWeek week = weekById.get(allocation.facilityId() + "@" + allocation.weekStart());
        if (week == null) {
            throw new IllegalArgumentException("allocation names unknown facility week " + allocation.facilityId() + "@" + allocation.weekStart());
        }
        return week;
    }

    /** Weeks of facilities that run a process some offer of the lot needs, starting on or after the planning start and over by the deadline. */
    static List<FacilityWeek> facilityWeekRange(Lot lot, List<Offer> lotOffers, List<FacilityWeek> weeks, LocalDate start) {
        Set<String> processes = lotOffers.stream().filter(Offer::needsFacility).map(Offer::facilityProcess).collect(Collectors.toSet());
        if (processes.isEmpty()) {
            return List.of();
        }
        return weeks.stream()
                .filter(w -> !w.weekStart().isBefore(start) && !w.readyDate().isAfter(lot.deadline()))
                .filter(w -> w.facility().processes().stream().anyMatch(processes::contains))
                .sorted(Comparator.comparing(FacilityWeek::weekStart).thenComparing(FacilityWeek::id))
                .toList();
    }

    public PlanningHorizon getHorizon() {
        return horizon;
    }

    public AwardRules getRules() {
        return rules;
    }

    public ConstraintWeights getConstraintWeights() {
        return constraintWeights;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public List<Supplier> getSuppliers() {
        return suppliers;
    }

    public List<Facility> getFacilities() {
        return facilities;
    }

    public List<FacilityWeek> getFacilityWeeks() {
        return facilityWeeks;
    }

    public List<AllocationUnit> getUnits() {
        return units;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
