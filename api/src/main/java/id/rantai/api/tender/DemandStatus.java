package id.rantai.api.tender;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a demand (tender): DRAFT → OPEN → EVALUATION (the bid deadline passed) → AWARDED → COMPLETED,
 * or CANCELLED before an award. Any other move is illegal and answers 409.
 */
public enum DemandStatus {
    DRAFT, OPEN, EVALUATION, AWARDED, COMPLETED, CANCELLED;

    public Set<DemandStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(EVALUATION, CANCELLED);
            case EVALUATION -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(DemandStatus.class);
        };
    }

    public boolean canMoveTo(DemandStatus target) {
        return next().contains(target);
    }

    /** Bids are sealed until the deadline: before it, nobody but the bidder learns anything about them. */
    public boolean bidsOpened() {
        return this == EVALUATION || this == AWARDED || this == COMPLETED;
    }
}
