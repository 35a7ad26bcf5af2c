package id.rantai.matching.solver;

import id.rantai.matching.plan.QuantityAllocation;
import java.util.List;

/**
 * A solved (or evaluated) award plan in plain records: allocations, what stays unawarded and why, totals, the score
 * explained per constraint, and, when the plan is infeasible, which hard constraints it breaks and where.
 */
public record AwardPlanResult(PlanScore score, List<Allocation> allocations, List<Unawarded> unawarded, PlanTotals totals,
                              List<ConstraintImpact> constraints, List<BrokenConstraint> brokenConstraints,
                              SolveStatistics statistics) {

    public AwardPlanResult {
        allocations = List.copyOf(allocations);
        unawarded = List.copyOf(unawarded);
        constraints = List.copyOf(constraints);
        brokenConstraints = List.copyOf(brokenConstraints);
    }

    public boolean feasible() {
        return score.feasible();
    }

    /** The impact of one constraint by name; zero when it did not match. */
    public long impactOf(String constraintName) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).mapToLong(ConstraintImpact::impact).sum();
    }

    /** The plan's own (not pinned) allocations, to resume from with {@code AwardProblem.withStartingPlan}. */
    public List<QuantityAllocation> startingPlan() {
        return allocations.stream().filter(a -> !a.pinned())
                .map(a -> new QuantityAllocation(a.lotId(), a.offerId(), a.facilityId(), a.weekStart(), a.quantity()))
                .toList();
    }

    public boolean breaks(String constraintName) {
        return brokenConstraints.stream().anyMatch(c -> c.name().equals(constraintName));
    }
}
