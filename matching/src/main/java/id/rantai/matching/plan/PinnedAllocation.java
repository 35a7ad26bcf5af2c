package id.rantai.matching.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An award already made for a lot, which re-planning keeps: quantity to an offer, produced in a facility week
 * when the offer needs one ({@code facilityId} and {@code weekStart} null otherwise).
 */
public record PinnedAllocation(String lotId, String offerId, String facilityId, LocalDate weekStart, long quantity) {

    public PinnedAllocation {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(offerId, "offerId");
        if ((facilityId == null) != (weekStart == null)) {
            throw new IllegalArgumentException("a facility week needs both the facility and the week start");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("a pinned allocation has a positive quantity: " + quantity);
        }
    }
}
