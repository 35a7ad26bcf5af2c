package id.rantai.matching.plan;

/**
 * The soft weights of an award plan, in rupiah: each soft penalty is first measured in rupiah (or a stated
 * fraction of rupiah value) and then multiplied by its weight, so a weight of 1 means "the officer would pay
 * Rp1 more to avoid Rp1 of this". Defaults ({@link #defaults()}):
 * <ul>
 *   <li>{@code evaluatedCost} 1 — per rupiah of evaluated cost (quantity × evaluated unit price, TKDN preference applied).</li>
 *   <li>{@code msmeShare}, {@code womenYouthShare}, {@code greenShare} 1 — per rupiah of awarded value missing to
 *       reach the target share; with 1 the plan pays up to twice an offer's price to move value to the target group.</li>
 *   <li>{@code maxSharePerBidder} 1 — per unit over a bidder's allowed share of a lot, valued at the lot's price ceiling.</li>
 *   <li>{@code minSuppliersPerLot}, {@code maxSuppliersPerLot} 2 — per missing or surplus supplier, in 1% of the lot's
 *       value at the price ceiling (so 2% of the lot per supplier).</li>
 *   <li>{@code logisticsDistance} 1 — in 1% of the awarded value per 1,000 km the goods travel to the delivery place.</li>
 *   <li>{@code sameProvince} 1 — in 1% of the value supplied from outside the delivery province.</li>
 *   <li>{@code facilityLoadBalance} 1,000 — per facility minute booked above 80% of a week's hours (about overtime
 *       at Rp60,000 an hour), which spreads work before weeks fill up.</li>
 *   <li>{@code unawardedValue} 1 — per rupiah of unawarded quantity valued at the price ceiling; only when the rules
 *       allow quantity to stay unawarded (otherwise unawarded quantity is a medium-level penalty).</li>
 * </ul>
 * A rule the officer declares hard ignores its soft weight and weighs 1 on the hard level.
 */
public record AwardWeights(long evaluatedCost, long msmeShare, long womenYouthShare, long greenShare,
                           long maxSharePerBidder, long minSuppliersPerLot, long maxSuppliersPerLot,
                           long logisticsDistance, long sameProvince, long facilityLoadBalance, long unawardedValue) {

    public AwardWeights {
        for (long weight : new long[] {evaluatedCost, msmeShare, womenYouthShare, greenShare, maxSharePerBidder,
                minSuppliersPerLot, maxSuppliersPerLot, logisticsDistance, sameProvince, facilityLoadBalance, unawardedValue}) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must not be negative: " + weight);
            }
        }
    }

    public static AwardWeights defaults() {
        return new AwardWeights(1, 1, 1, 1, 1, 2, 2, 1, 1, 1_000, 1);
    }

    /** Only the evaluated cost counts: what a lowest-price comparison (and the exact benchmark model) measures. */
    public static AwardWeights costOnly() {
        return new AwardWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    public AwardWeights withLogistics(long logisticsDistance, long sameProvince) {
        return new AwardWeights(evaluatedCost, msmeShare, womenYouthShare, greenShare, maxSharePerBidder,
                minSuppliersPerLot, maxSuppliersPerLot, logisticsDistance, sameProvince, facilityLoadBalance, unawardedValue);
    }

    public AwardWeights withFacilityLoadBalance(long facilityLoadBalance) {
        return new AwardWeights(evaluatedCost, msmeShare, womenYouthShare, greenShare, maxSharePerBidder,
                minSuppliersPerLot, maxSuppliersPerLot, logisticsDistance, sameProvince, facilityLoadBalance, unawardedValue);
    }

    public AwardWeights withInclusion(long msmeShare, long womenYouthShare, long greenShare) {
        return new AwardWeights(evaluatedCost, msmeShare, womenYouthShare, greenShare, maxSharePerBidder,
                minSuppliersPerLot, maxSuppliersPerLot, logisticsDistance, sameProvince, facilityLoadBalance, unawardedValue);
    }

    public AwardWeights withConcentration(long maxSharePerBidder, long minSuppliersPerLot, long maxSuppliersPerLot) {
        return new AwardWeights(evaluatedCost, msmeShare, womenYouthShare, greenShare, maxSharePerBidder,
                minSuppliersPerLot, maxSuppliersPerLot, logisticsDistance, sameProvince, facilityLoadBalance, unawardedValue);
    }
}
