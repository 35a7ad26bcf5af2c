package id.rantai.matching.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Quantity of a lot allocated to an offer, produced in a facility week when the offer needs one ({@code facilityId}
 * and {@code weekStart} null otherwise). As {@link AwardProblem#pinned()} an award already made, which re-planning
 * keeps; as {@link AwardProblem#startingPlan()} a plan in flight, which a resumed solve starts from.
 */
public record QuantityAllocation(String lotId, String offerId, String facilityId, LocalDate weekStart, long quantity) {

    public QuantityAllocation {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(offerId, "offerId");
        if ((facilityId == null) != (weekStart == null)) {
            throw new IllegalArgumentException("a facility week needs both the facility and the week start");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("an allocation has a positive quantity: " + quantity);
        }
    }
}
