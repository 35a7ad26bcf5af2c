package id.rantai.matching.plan;

import static id.rantai.matching.plan.ConstraintNames.*;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The constraint weights the solver reads: the soft weights of {@link AwardWeights}, with each officer rule moved
 * to the hard level when declared hard and switched off (zero, so it is not even evaluated) when the rule is off.
 */
@ConstraintConfiguration
public final class ConstraintWeights {

    @ConstraintWeight(MIN_MSME_SHARE)
    private final HardMediumSoftLongScore minMsmeShare;
    @ConstraintWeight(MIN_WOMEN_YOUTH_SHARE)
    private final HardMediumSoftLongScore minWomenYouthShare;
    @ConstraintWeight(MIN_GREEN_SHARE)
    private final HardMediumSoftLongScore minGreenShare;
    @ConstraintWeight(MAX_SHARE_PER_BIDDER)
    private final HardMediumSoftLongScore maxSharePerBidder;
    @ConstraintWeight(MIN_SUPPLIERS_PER_LOT)
    private final HardMediumSoftLongScore minSuppliersPerLot;
    @ConstraintWeight(MAX_SUPPLIERS_PER_LOT)
    private final HardMediumSoftLongScore maxSuppliersPerLot;
    @ConstraintWeight(UNAWARDED_VALUE)
    private final HardMediumSoftLongScore unawardedValue;
    @ConstraintWeight(EVALUATED_COST)
    private final HardMediumSoftLongScore evaluatedCost;
    @ConstraintWeight(LOGISTICS_DISTANCE)
    private final HardMediumSoftLongScore logisticsDistance;
    @ConstraintWeight(SAME_PROVINCE)
    private final HardMediumSoftLongScore sameProvince;
    @ConstraintWeight(FACILITY_LOAD_BALANCE)
    private final HardMediumSoftLongScore facilityLoadBalance;

    private ConstraintWeights(AwardRules rules, AwardWeights weights) {
        minMsmeShare = rule(rules, AwardRule.MIN_MSME_SHARE, weights.msmeShare());
        minWomenYouthShare = rule(rules, AwardRule.MIN_WOMEN_YOUTH_SHARE, weights.womenYouthShare());
        minGreenShare = rule(rules, AwardRule.MIN_GREEN_SHARE, weights.greenShare());
        maxSharePerBidder = rule(rules, AwardRule.MAX_SHARE_PER_BIDDER, weights.maxSharePerBidder());
        minSuppliersPerLot = rule(rules, AwardRule.MIN_SUPPLIERS_PER_LOT, weights.minSuppliersPerLot());
        maxSuppliersPerLot = rule(rules, AwardRule.MAX_SUPPLIERS_PER_LOT, weights.maxSuppliersPerLot());
        unawardedValue = rules.allowUnawarded() ? HardMediumSoftLongScore.ofSoft(weights.unawardedValue()) : HardMediumSoftLongScore.ZERO;
        evaluatedCost = HardMediumSoftLongScore.ofSoft(weights.evaluatedCost());
        logisticsDistance = HardMediumSoftLongScore.ofSoft(weights.logisticsDistance());
        sameProvince = HardMediumSoftLongScore.ofSoft(weights.sameProvince());
        facilityLoadBalance = HardMediumSoftLongScore.ofSoft(weights.facilityLoadBalance());
    }

    public static ConstraintWeights of(AwardRules rules, AwardWeights weights) {
        return new ConstraintWeights(rules, weights);
    }

    private static HardMediumSoftLongScore rule(AwardRules rules, AwardRule rule, long softWeight) {
        if (!rules.isActive(rule)) {
            return HardMediumSoftLongScore.ZERO;
        }
        return rules.isHard(rule) ? HardMediumSoftLongScore.ONE_HARD : HardMediumSoftLongScore.ofSoft(softWeight);
    }

    public HardMediumSoftLongScore minMsmeShare() {
        return minMsmeShare;
    }

    public HardMediumSoftLongScore minWomenYouthShare() {
        return minWomenYouthShare;
    }

    public HardMediumSoftLongScore minGreenShare() {
        return minGreenShare;
    }

    public HardMediumSoftLongScore maxSharePerBidder() {
        return maxSharePerBidder;
    }

    public HardMediumSoftLongScore minSuppliersPerLot() {
        return minSuppliersPerLot;
    }

    public HardMediumSoftLongScore maxSuppliersPerLot() {
        return maxSuppliersPerLot;
    }

    public HardMediumSoftLongScore unawardedValue() {
        return unawardedValue;
    }

    public HardMediumSoftLongScore evaluatedCost() {
        return evaluatedCost;
    }

    public HardMediumSoftLongScore logisticsDistance() {
        return logisticsDistance;
    }

    public HardMediumSoftLongScore sameProvince() {
        return sameProvince;
    }

    public HardMediumSoftLongScore facilityLoadBalance() {
        return facilityLoadBalance;
    }
}
