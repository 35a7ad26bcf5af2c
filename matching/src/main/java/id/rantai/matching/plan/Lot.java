package id.rantai.matching.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A lot of a BUMN demand: what is bought, how much, where and by when, under which limits. A problem fact;
 * two lots with the same id are the same lot to the solver (equality is by id, so grouping is cheap).
 *
 * @param maxUnitPriceIdr the price ceiling (HPS) per unit in whole rupiah
 * @param budgetIdr       the most the lot may cost in total, at offered prices
 */
public record Lot(String id, String demandId, long quantity, String unit, Set<String> requiredCertifications,
                  BigDecimal minTkdnPct, GeoPoint delivery, String province, LocalDate deadline,
                  long maxUnitPriceIdr, long budgetIdr) {

    public Lot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(unit, "unit");
        requiredCertifications = Set.copyOf(requiredCertifications);
        Objects.requireNonNull(minTkdnPct, "minTkdnPct");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(deadline, "deadline");
        if (quantity < 0 || maxUnitPriceIdr <= 0 || budgetIdr <= 0) {
            throw new IllegalArgumentException("lot " + id + ": quantity must not be negative, price ceiling and budget must be positive");
        }
    }

    /** What the whole lot costs at the price ceiling: the yardstick for penalties that are relative to the lot's size. */
    public long ceilingValueIdr() {
        return Math.multiplyExact(quantity, maxUnitPriceIdr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lot other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Lot " + id;
    }
}
