package id.rantai.matching.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lot's quantity into allocation units. About {@code targetUnits} units per lot: finer units let a plan
 * split awards more exactly (an offer for 37 units with units of 5 can take 35), coarser units search faster.
 * All units have the same size except the last, which carries the remainder (so it is at least the unit size and
 * less than twice it).
 */
public record LotSplitter(int targetUnits) {

    /** Twenty units per lot: splits in steps of 5% of the lot. */
    public static final LotSplitter DEFAULT = new LotSplitter(20);

    public LotSplitter {
        if (targetUnits < 1) {
            throw new IllegalArgumentException("at least one unit per lot: " + targetUnits);
        }
    }

    /** The size of every unit but the last: quantity / target rounded, at least 1. */
    public long unitSize(long quantity) {
        return Math.max(1, Math.round((double) quantity / targetUnits));
    }

    /** The unit quantities for a lot quantity; they add up to it. Zero quantity gives no units. */
    public List<Long> split(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
        List<Long> units = new ArrayList<>();
        if (quantity == 0) {
            return units;
        }
        long size = unitSize(quantity);
        long count = quantity / size;
        for (long i = 0; i < count - 1; i++) {
            units.add(size);
        }
        units.add(quantity - size * (count - 1));
        return units;
    }
}
