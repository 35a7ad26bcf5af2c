package id.rantai.matching.solver;

import java.math.BigDecimal;

/**
 * What a plan adds up to. Cost is at offered prices (what the buyer pays); evaluated cost at TKDN-preferred prices.
 * Shares are of awarded value, in percent with one decimal.
 */
public record PlanTotals(long costIdr, long evaluatedCostIdr, long awardedQuantity, long unawardedQuantity,
                         BigDecimal msmeSharePct, BigDecimal womenYouthSharePct, BigDecimal greenSharePct, int suppliers) {
}
