package id.rantai.matching.generator;

import id.rantai.matching.plan.OfferKind;

/**
 * The shape of a generated instance: about {@code units} allocation units (lots of 20 units each),
 * {@code offersPerLot} candidate offers per lot, {@code facilities} shared facilities over {@code weeks} weeks.
 */
public record InstanceSpec(int units, int offersPerLot, int facilities, int weeks, OfferKind kind, long seed) {

    public InstanceSpec {
        if (units < InstanceGenerator.UNITS_PER_LOT || offersPerLot < 1 || facilities < 1 || weeks < 1) {
            throw new IllegalArgumentException("an instance has at least one lot, offer, facility and week");
        }
    }

    /** The benchmark sizes: 50 offers per lot, 12 weeks, from 18 facilities (today's target) up to 100. */
    public static InstanceSpec benchmark(int units, long seed) {
        int facilities = units <= 100 ? 18 : units <= 1_000 ? 50 : 100;
        return new InstanceSpec(units, 50, facilities, 12, OfferKind.BID, seed);
    }

    /** A small instance for tests. */
    public static InstanceSpec small(long seed) {
        return new InstanceSpec(60, 12, 6, 12, OfferKind.BID, seed);
    }

    public InstanceSpec withKind(OfferKind newKind) {
        return new InstanceSpec(units, offersPerLot, facilities, weeks, newKind, seed);
    }

    public int lots() {
        return Math.max(1, units / InstanceGenerator.UNITS_PER_LOT);
    }
}
