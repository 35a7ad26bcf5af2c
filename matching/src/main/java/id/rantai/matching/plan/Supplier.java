package id.rantai.matching.plan;

import java.util.Objects;

/**
 * A cooperative, cluster or MSME that makes offers. Its monthly capacity counts the quantity it can deliver per
 * calendar month across all its offers (in the lots' units: a cooperative bids within one product line).
 */
public record Supplier(String id, String name, long monthlyCapacity) {

    public Supplier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (monthlyCapacity < 0) {
            throw new IllegalArgumentException("supplier " + id + ": monthly capacity must not be negative");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Supplier other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Supplier " + id;
    }
}
