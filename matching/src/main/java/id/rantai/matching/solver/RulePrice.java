package id.rantai.matching.solver;

import id.rantai.matching.plan.AwardRule;

/**
 * What one officer rule costs: the plan's cost at offered prices with all rules, against the same problem solved
 * without this rule. A positive delta is what the rule costs the buyer. Awarded quantities are given as well,
 * because a rule can also change how much gets awarded; both solves are time-limited, so small deltas are noise.
 */
public record RulePrice(AwardRule rule, String constraintName, long costWithIdr, long costWithoutIdr,
                        long awardedQuantityWith, long awardedQuantityWithout, boolean feasibleWith, boolean feasibleWithout) {

    public long costDeltaIdr() {
        return costWithIdr - costWithoutIdr;
    }

    /** The rule stands in the way of a complete or feasible plan: without it more gets awarded, or the plan becomes feasible. */
    public boolean conflicting() {
        return awardedQuantityWithout > awardedQuantityWith || feasibleWithout && !feasibleWith;
    }
}
