package id.rantai.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import id.rantai.matching.baseline.CheapestFirstAllocator;
import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardConstraintProvider;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.ConstraintWeights;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Logistics;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.Supplier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The award problem as a CP-SAT model, solved exactly (lexicographically: first the most quantity awarded, then the
 * lowest soft penalty), to measure how far the OptaPlanner plan is from the optimum on small instances.
 * <p>
 * Units of a lot with the same size are interchangeable, so the model counts them: one integer per (offer, facility
 * week, unit size) saying how many such units go there. Options that break a rule by themselves (certification,
 * TKDN, ceiling, deadline, process) are left out; capacities, budget and shares are linear constraints. Every soft
 * coefficient is computed per unit with the same integer arithmetic as {@link AwardConstraintProvider}, so the
 * optimum's objective equals its OptaPlanner soft score exactly (the benchmark checks that).
 * Covers the benchmark's rules: the soft share targets, all hard constraints, all soft penalties; not the
 * concentration rules and not rules declared hard.
 */
final class ExactAwardModel {

    /** What the exact model found. {@code optimal}: proven; otherwise {@code bound} says how far off it might be. */
    record Result(CpSolverStatus awardStatus, CpSolverStatus costStatus, long unawardedQuantity, long softPenalty,
                  long softBound, long millis, AwardPlanSolution solution) {

        boolean optimal() {
            return awardStatus == CpSolverStatus.OPTIMAL && costStatus == CpSolverStatus.OPTIMAL;
        }
    }

    private record Option(Lot lot, Offer offer, FacilityWeek week, long unitSize, int units, IntVar count) {
    }

    private static final Set<AwardRule> SUPPORTED = EnumSet.of(AwardRule.MIN_MSME_SHARE, AwardRule.MIN_WOMEN_YOUTH_SHARE,
            AwardRule.MIN_GREEN_SHARE, AwardRule.TKDN_PREFERENCE);

    private ExactAwardModel() {
    }

    static Result solve(AwardPlanSolution solution, Duration timeLimitPerStage, int workers) {
        AwardRules rules = solution.getRules();
        if (!SUPPORTED.containsAll(rules.activeRules()) || !rules.hardRules().isEmpty() || rules.allowUnawarded()) {
            throw new IllegalArgumentException("the exact model covers the soft share targets and the TKDN preference only: " + rules);
        }
        Loader.loadNativeLibraries();
        long started = System.nanoTime();
        CpModel model = new CpModel();
        LocalDate start = solution.getHorizon().start();
        ConstraintWeights weights = solution.getConstraintWeights();

        // options: (offer, week or none, unit size) with how many units of that size the lot has
        List<Option> options = new ArrayList<>();
        Map<Lot, Map<Long, Integer>> unitsBySize = new LinkedHashMap<>();
        Map<Lot, List<Offer>> offersOf = new LinkedHashMap<>();
        Map<Lot, List<FacilityWeek>> weeksOf = new HashMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            if (unit.isPinned()) {
                throw new IllegalArgumentException("the exact model does not take pinned units");
            }
            unitsBySize.computeIfAbsent(unit.getLot(), l -> new TreeMap<>()).merge(unit.getQuantity(), 1, Integer::sum);
            offersOf.putIfAbsent(unit.getLot(), unit.getOfferRange());
            weeksOf.putIfAbsent(unit.getLot(), unit.getFacilityWeekRange());
        }
        int id = 0;
        for (Map.Entry<Lot, Map<Long, Integer>> lotUnits : unitsBySize.entrySet()) {
            Lot lot = lotUnits.getKey();
            for (Offer offer : offersOf.get(lot)) {
                if (!eligible(lot, offer)) {
                    continue;
                }
                List<FacilityWeek> weeks = new ArrayList<>();
                if (offer.needsFacility()) {
                    weeksOf.get(lot).stream()
                            .filter(w -> w.facility().processes().contains(offer.facilityProcess()))
                            .filter(w -> !late(lot, offer, w, start))
                            .forEach(weeks::add);
                } else if (!late(lot, offer, null, start)) {
                    weeks.add(null);
                }
                for (FacilityWeek week : weeks) {
                    for (Map.Entry<Long, Integer> size : lotUnits.getValue().entrySet()) {
                        IntVar count = model.newIntVar(0, size.getValue(), "x" + id++);
                        options.add(new Option(lot, offer, week, size.getKey(), size.getValue(), count));
                    }
                }
            }
        }

        // each lot: no more units of a size than it has
        for (Map.Entry<Lot, Map<Long, Integer>> lotUnits : unitsBySize.entrySet()) {
            for (Map.Entry<Long, Integer> size : lotUnits.getValue().entrySet()) {
                addAtMost(model, options, o -> o.lot().equals(lotUnits.getKey()) && o.unitSize() == size.getKey(), o -> 1, size.getValue());
            }
        }
        // hard: offer quantity, lot budget, cooperative month, facility week hours
        Map<String, List<Option>> byOffer = group(options, o -> o.offer().id());
        byOffer.forEach((offerId, list) -> addAtMost(model, list, o -> true, Option::unitSize, list.get(0).offer().quantity()));
        Map<String, List<Option>> byLot = group(options, o -> o.lot().id());
        byLot.forEach((lotId, list) -> addAtMost(model, list, o -> true, o -> o.unitSize() * o.offer().unitPriceIdr(), list.get(0).lot().budgetIdr()));
        Map<String, Long> capacity = new HashMap<>();
        for (Supplier supplier : solution.getSuppliers()) {
            capacity.put(supplier.id(), supplier.monthlyCapacity());
        }
        Map<String, List<Option>> bySupplierMonth = group(options, o -> o.offer().supplierId() + "|" + month(o, start));
        bySupplierMonth.forEach((key, list) -> addAtMost(model, list, o -> true, Option::unitSize,
                capacity.getOrDefault(list.get(0).offer().supplierId(), 0L)));
        Map<FacilityWeek, List<Option>> byWeek = new LinkedHashMap<>();
        for (Option option : options) {
            if (option.week() != null) {
                byWeek.computeIfAbsent(option.week(), w -> new ArrayList<>()).add(option);
            }
        }
        byWeek.forEach((week, list) -> addAtMost(model, list, o -> true, o -> o.unitSize() * o.offer().facilityMinutesPerUnit(),
                week.minutesAvailable()));

        // stage 1 (medium level): award as much as possible
        long totalQuantity = unitsBySize.entrySet().stream()
                .mapToLong(e -> e.getValue().entrySet().stream().mapToLong(s -> s.getKey() * s.getValue()).sum()).sum();
        LinearExprBuilder awarded = LinearExpr.newBuilder();
        options.forEach(o -> awarded.addTerm(o.count(), o.unitSize()));
        Map<IntVar, Long> hint = hintFromCheapestFirst(solution, options);
        hint.forEach(model::addHint);
        model.maximize(awarded);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitPerStage.toMillis() / 1000.0).setNumWorkers(workers);
        CpSolverStatus awardStatus = solver.solve(model);
        requireSolution(awardStatus, "award stage");
        long bestAwarded = Math.round(solver.objectiveValue());
        Map<IntVar, Long> stageOne = new HashMap<>();
        options.forEach(o -> stageOne.put(o.count(), solver.value(o.count())));
        model.addGreaterOrEqual(awarded, bestAwarded);

        // stage 2 (soft level): the cheapest plan that awards that much
        LinearExprBuilder soft = LinearExpr.newBuilder();
        for (Option option : options) {
            soft.addTerm(option.count(), softPerUnit(option, weights));
        }
        long loadWeight = weights.facilityLoadBalance().softScore();
        if (loadWeight != 0) {
            byWeek.forEach((week, list) -> {
                long maxMinutes = list.stream().mapToLong(o -> o.unitSize() * o.units() * o.offer().facilityMinutesPerUnit()).sum();
                IntVar over = model.newIntVar(0, Math.max(0, maxMinutes), "over-" + week.id());
                LinearExprBuilder minutes = LinearExpr.newBuilder();
                list.forEach(o -> minutes.addTerm(o.count(), o.unitSize() * o.offer().facilityMinutesPerUnit()));
                minutes.addTerm(over, -1);
                model.addLessOrEqual(minutes, AwardConstraintProvider.comfortableMinutes(week));
                soft.addTerm(over, loadWeight);
            });
        }
        addShortfall(model, soft, options, rules, AwardRule.MIN_MSME_SHARE, rules.minMsmeSharePct(),
                weights.minMsmeShare().softScore(), o -> o.offer().profile().msme());
        addShortfall(model, soft, options, rules, AwardRule.MIN_WOMEN_YOUTH_SHARE, rules.minWomenYouthSharePct(),
                weights.minWomenYouthShare().softScore(), o -> o.offer().profile().womenOrYouthLed());
        addShortfall(model, soft, options, rules, AwardRule.MIN_GREEN_SHARE, rules.minGreenSharePct(),
                weights.minGreenShare().softScore(), o -> o.offer().profile().green());
        model.clearHints();
        stageOne.forEach(model::addHint);
        model.minimize(soft);
        CpSolverStatus costStatus = solver.solve(model);
        requireSolution(costStatus, "cost stage");

        AwardPlanSolution plan = apply(solution, options, solver);
        return new Result(awardStatus, costStatus, totalQuantity - bestAwarded, Math.round(solver.objectiveValue()),
                Math.round(solver.bestObjectiveBound()), (System.nanoTime() - started) / 1_000_000, plan);
    }

    /** The soft penalty of one unit of this option, exactly as the constraint provider scores it. */
    static long softPerUnit(Option option, ConstraintWeights weights) {
        Offer offer = option.offer();
        long value = option.unitSize() * offer.unitPriceIdr();
        long evaluated = option.unitSize() * offer.evaluatedUnitPriceIdr();
        long km = Logistics.km(offer.origin(option.week()), option.lot().delivery());
        long distance = km > 0 ? value * km / 100_000 : 0;
        long province = offer.province().equals(option.lot().province()) ? 0 : value / 100;
        return weights.evaluatedCost().softScore() * evaluated + weights.logisticsDistance().softScore() * distance
                + weights.sameProvince().softScore() * province;
    }

    /** shortfall >= 0 and 100 × shortfall >= pct × total − 100 × part: minimised, it is the rounded-up rupiah short. */
    private static void addShortfall(CpModel model, LinearExprBuilder soft, List<Option> options, AwardRules rules, AwardRule rule,
                                     Integer pct, long weight, Predicate<Option> inGroup) {
        if (!rules.isActive(rule) || weight == 0) {
            return;
        }
        long maxValue = options.stream().mapToLong(o -> o.units() * o.unitSize() * o.offer().unitPriceIdr()).sum();
        IntVar shortfall = model.newIntVar(0, maxValue, "shortfall-" + rule);
        LinearExprBuilder gap = LinearExpr.newBuilder();
        for (Option option : options) {
            long value = option.unitSize() * option.offer().unitPriceIdr();
            gap.addTerm(option.count(), pct * value - (inGroup.test(option) ? 100 * value : 0));
        }
        gap.addTerm(shortfall, -100);
        model.addLessOrEqual(gap, 0);
        soft.addTerm(shortfall, weight);
    }

    private static boolean eligible(Lot lot, Offer offer) {
        return offer.lotId().equals(lot.id())
                && offer.certifications().containsAll(lot.requiredCertifications())
                && offer.tkdnPct().compareTo(lot.minTkdnPct()) >= 0
                && offer.unitPriceIdr() <= lot.maxUnitPriceIdr();
    }

    private static boolean late(Lot lot, Offer offer, FacilityWeek week, LocalDate start) {
        return offer.readyDate(start, week).plusDays(Logistics.travelDays(offer.origin(week), lot.delivery())).isAfter(lot.deadline());
    }

    private static YearMonth month(Option option, LocalDate start) {
        return option.offer().productionMonth(start, option.week());
    }

    private static void addAtMost(CpModel model, List<Option> options, Predicate<Option> which,
                                  ToLongFunction<Option> coefficient, long limit) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        boolean any = false;
        for (Option option : options) {
            if (which.test(option)) {
                sum.addTerm(option.count(), coefficient.applyAsLong(option));
                any = true;
            }
        }
        if (any) {
            model.addLessOrEqual(sum, limit);
        }
    }

    private static <K> Map<K, List<Option>> group(List<Option> options, Function<Option, K> key) {
        Map<K, List<Option>> groups = new LinkedHashMap<>();
        options.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return groups;
    }

    /** Starts CP-SAT from the capacity-aware cheapest-first plan, as the solver does. */
    private static Map<IntVar, Long> hintFromCheapestFirst(AwardPlanSolution solution, List<Option> options) {
        Map<String, Option> byKey = new HashMap<>();
        options.forEach(o -> byKey.put(key(o.offer(), o.week(), o.unitSize()), o));
        Map<IntVar, Long> hint = new HashMap<>();
        options.forEach(o -> hint.put(o.count(), 0L));
        CheapestFirstAllocator.capacityAware().plan(solution).forEach((unit, assignment) -> {
            Option option = byKey.get(key(assignment.offer(), assignment.facilityWeek(), unit.getQuantity()));
            if (option != null) {
                hint.merge(option.count(), 1L, Long::sum);
            }
        });
        return hint;
    }

    private static String key(Offer offer, FacilityWeek week, long size) {
        return offer.id() + "|" + (week == null ? "-" : week.id()) + "|" + size;
    }

    /** The CP-SAT counts as an assignment of the solution's units (unassigned units stay unawarded). */
    private static AwardPlanSolution apply(AwardPlanSolution solution, List<Option> options, CpSolver solver) {
        Map<String, List<AllocationUnit>> free = new HashMap<>();
        for (AllocationUnit unit : solution.getUnits()) {
            unit.setOffer(null);
            unit.setFacilityWeek(null);
            free.computeIfAbsent(unit.getLot().id() + "|" + unit.getQuantity(), k -> new ArrayList<>()).add(unit);
        }
        for (Option option : options) {
            long n = solver.value(option.count());
            List<AllocationUnit> pool = free.get(option.lot().id() + "|" + option.unitSize());
            for (long i = 0; i < n; i++) {
                AllocationUnit unit = pool.remove(pool.size() - 1);
                unit.setOffer(option.offer());
                unit.setFacilityWeek(option.week());
            }
        }
        return solution;
    }

    private static void requireSolution(CpSolverStatus status, String stage) {
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no solution in the " + stage + ": " + status);
        }
    }
}
