package id.rantai.matching.baseline;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Logistics;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.Supplier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Cheapest evaluated price first": per lot, units go to the eligible offer with the lowest evaluated price, each
 * offer filled up to its quantity, the way an officer awards by hand. Eligible means what one can check offer by
 * offer: certifications, TKDN minimum, price ceiling, the lot budget, the cooperative's monthly capacity, the
 * deadline, and the officer rules declared hard that concern one lot (bidder share, supplier count).
 * <p>
 * Two ways to book facility work. {@link #byHand()} books what a cooperative would book on its own: the facility
 * nearest to it that runs the process, in the earliest week that still meets the deadline, blind to other demands
 * booking the same week; this is the benchmark's baseline, and it can overbook facilities. {@link #capacityAware()}
 * books only weeks with enough free hours, choosing the one with the most hours left: the solver's starting plan.
 * Units no eligible offer can take stay unawarded. Units already awarded (pinned or not) are kept and counted.
 */
public final class CheapestFirstAllocator {

    /** What one unit gets. */
    public record Assignment(Offer offer, FacilityWeek facilityWeek) {
    }

    private final boolean respectFacilityHours;

    private CheapestFirstAllocator(boolean respectFacilityHours) {
        this.respectFacilityHours = respectFacilityHours;
    }

    /** The officer's baseline: blind to facility hours booked by other lots. */
    public static CheapestFirstAllocator byHand() {
        return new CheapestFirstAllocator(false);
    }

    /** The same, booking only facility weeks with enough free hours. */
    public static CheapestFirstAllocator capacityAware() {
        return new CheapestFirstAllocator(true);
    }

    /** Assigns every unassigned, unpinned unit of the solution in place and returns the solution. */
    public AwardPlanSolution allocate(AwardPlanSolution solution) {
        plan(solution).forEach((unit, assignment) -> {
            unit.setOffer(assignment.offer());
            unit.setFacilityWeek(assignment.facilityWeek());
        });
        return solution;
    }

    /** What each unassigned, unpinned unit would get; the solution is not changed. */
    public Map<AllocationUnit, Assignment> plan(AwardPlanSolution solution) {
        Bookings bookings = new Bookings(solution);
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.getOffer() != null) {
                bookings.book(unit, unit.getOffer(), unit.usedFacilityWeek());
            }
        }
        Map<String, List<Offer>> cheapestFirst = new HashMap<>();
        List<AllocationUnit> open = solution.getUnits().stream()
                .filter(unit -> unit.getOffer() == null && !unit.isPinned())
                .sorted(Comparator.comparing((AllocationUnit unit) -> unit.getLot().deadline())
                        .thenComparing(unit -> unit.getLot().id())
                        .thenComparing(AllocationUnit::getIndex))
                .toList();
        Map<AllocationUnit, Assignment> plan = new LinkedHashMap<>();
        for (AllocationUnit unit : open) {
            List<Offer> offers = cheapestFirst.computeIfAbsent(unit.getLot().id(), id -> unit.getOfferRange().stream()
                    .sorted(Comparator.comparingLong(Offer::evaluatedUnitPriceIdr).thenComparing(Offer::id))
                    .toList());
            for (Offer offer : offers) {
                if (!bookings.eligible(unit, offer)) {
                    continue;
                }
                FacilityWeek week = null;
                if (offer.needsFacility()) {
                    week = bookings.facilityWeek(unit, offer, respectFacilityHours);
                    if (week == null) {
                        continue;
                    }
                } else if (!bookings.fitsMonth(offer, bookings.start.plusDays(offer.leadTimeDays()), unit.getQuantity())
                        || late(unit, offer, null, bookings.start)) {
                    continue;
                }
                bookings.book(unit, offer, week);
                plan.put(unit, new Assignment(offer, week));
                break;
            }
        }
        return plan;
    }

    /**
     * The facility weeks an assignment books beyond their free hours, by facility week id with the minutes booked:
     * what the by-hand baseline risks.
     */
    public static Map<String, Long> overbookedFacilityWeeks(AwardPlanSolution solution) {
        Map<FacilityWeek, Long> minutes = new HashMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.usedFacilityWeek() != null) {
                minutes.merge(unit.usedFacilityWeek(), unit.facilityMinutes(), Long::sum);
            }
        }
        return minutes.entrySet().stream()
                .filter(e -> e.getValue() > e.getKey().minutesAvailable())
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    static boolean late(AllocationUnit unit, Offer offer, FacilityWeek week, LocalDate start) {
        LocalDate arrival = offer.readyDate(start, week).plusDays(Logistics.travelDays(offer.origin(week), unit.getLot().delivery()));
        return arrival.isAfter(unit.getLot().deadline());
    }

    /** What is booked so far: offer quantities, cooperative months, facility minutes, lot spend and suppliers. */
    private static final class Bookings {
        private final LocalDate start;
        private final AwardRules rules;
        private final Map<String, Supplier> suppliers;
        private final Map<String, Long> offerQuantity = new HashMap<>();
        private final Map<String, Long> supplierMonth = new HashMap<>();
        private final Map<FacilityWeek, Long> facilityMinutes = new HashMap<>();
        private final Map<Lot, Long> lotValue = new HashMap<>();
        private final Map<Lot, Map<String, Long>> lotSupplierQuantity = new HashMap<>();

        Bookings(AwardPlanSolution solution) {
            this.start = solution.getHorizon().start();
            this.rules = solution.getRules();
            this.suppliers = solution.getSuppliers().stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
        }

        void book(AllocationUnit unit, Offer offer, FacilityWeek week) {
            long quantity = unit.getQuantity();
            offerQuantity.merge(offer.id(), quantity, Long::sum);
            supplierMonth.merge(monthKey(offer.supplierId(), offer.productionMonth(start, week)), quantity, Long::sum);
            if (week != null) {
                facilityMinutes.merge(week, quantity * offer.facilityMinutesPerUnit(), Long::sum);
            }
            lotValue.merge(unit.getLot(), quantity * offer.unitPriceIdr(), Long::sum);
            lotSupplierQuantity.computeIfAbsent(unit.getLot(), l -> new HashMap<>()).merge(offer.supplierId(), quantity, Long::sum);
        }

        /** The checks that do not depend on the facility week. */
        boolean eligible(AllocationUnit unit, Offer offer) {
            Lot lot = unit.getLot();
            long quantity = unit.getQuantity();
            if (!offer.lotId().equals(lot.id())
                    || !offer.certifications().containsAll(lot.requiredCertifications())
                    || offer.tkdnPct().compareTo(lot.minTkdnPct()) < 0
                    || offer.unitPriceIdr() > lot.maxUnitPriceIdr()
                    || offerQuantity.getOrDefault(offer.id(), 0L) + quantity > offer.quantity()
                    || lotValue.getOrDefault(lot, 0L) + quantity * offer.unitPriceIdr() > lot.budgetIdr()) {
                return false;
            }
            Map<String, Long> bySupplier = lotSupplierQuantity.getOrDefault(lot, Map.of());
            if (rules.isHard(AwardRule.MAX_SHARE_PER_BIDDER)
                    && bySupplier.getOrDefault(offer.supplierId(), 0L) + quantity > lot.quantity() * rules.maxSharePerBidderPct() / 100) {
                return false;
            }
            return !rules.isHard(AwardRule.MAX_SUPPLIERS_PER_LOT)
                    || bySupplier.containsKey(offer.supplierId()) || bySupplier.size() < rules.maxSuppliersPerLot();
        }

        boolean fitsMonth(Offer offer, LocalDate productionDay, long quantity) {
            Supplier supplier = suppliers.get(offer.supplierId());
            long capacity = supplier == null ? 0 : supplier.monthlyCapacity();
            return supplierMonth.getOrDefault(monthKey(offer.supplierId(), YearMonth.from(productionDay)), 0L) + quantity <= capacity;
        }

        /** A facility week for facility work, or null when none fits. */
        FacilityWeek facilityWeek(AllocationUnit unit, Offer offer, boolean respectHours) {
            long need = unit.getQuantity() * offer.facilityMinutesPerUnit();
            List<FacilityWeek> candidates = new ArrayList<>();
            for (FacilityWeek week : unit.getFacilityWeekRange()) {
                if (week.facility().processes().contains(offer.facilityProcess())
                        && !late(unit, offer, week, start)
                        && fitsMonth(offer, week.weekStart(), unit.getQuantity())
                        && (!respectHours || facilityMinutes.getOrDefault(week, 0L) + need <= week.minutesAvailable())) {
                    candidates.add(week);
                }
            }
            if (candidates.isEmpty()) {
                return null;
            }
            if (respectHours) {
                return candidates.stream()
                        .max(Comparator.comparingLong((FacilityWeek w) -> w.minutesAvailable() - facilityMinutes.getOrDefault(w, 0L))
                                .thenComparing(FacilityWeek::weekStart, Comparator.reverseOrder()))
                        .orElseThrow();
            }
            // by hand: the facility nearest the cooperative, its earliest week that meets the deadline
            return candidates.stream()
                    .min(Comparator.comparingDouble((FacilityWeek w) -> w.facility().location().kmTo(offer.location()))
                            .thenComparing(FacilityWeek::weekStart))
                    .orElseThrow();
        }

        private static String monthKey(String supplierId, YearMonth month) {
            return supplierId + "|" + month;
        }
    }
}
