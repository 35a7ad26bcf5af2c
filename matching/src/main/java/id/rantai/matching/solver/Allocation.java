package id.rantai.matching.solver;

import id.rantai.matching.plan.OfferKind;
import java.time.LocalDate;

/**
 * Quantity of a lot awarded to one offer, produced in-house ({@code facilityId} and {@code weekStart} null) or in
 * one facility week. Several units of the same lot, offer and week add up into one allocation.
 */
public record Allocation(String lotId, String demandId, String offerId, OfferKind offerKind, String supplierId,
                         String facilityId, LocalDate weekStart, long quantity, long unitPriceIdr,
                         long evaluatedUnitPriceIdr, boolean pinned) {

    public long valueIdr() {
        return quantity * unitPriceIdr;
    }
}
