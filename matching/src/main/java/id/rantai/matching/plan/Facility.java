package id.rantai.matching.plan;

import java.util.Objects;
import java.util.Set;

/** A shared production house (rumah produksi bersama): the processes it runs and its usual hours per week. */
public record Facility(String id, String name, Set<String> processes, int hoursPerWeek, GeoPoint location, String province) {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        processes = Set.copyOf(processes);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(province, "province");
        if (hoursPerWeek < 0) {
            throw new IllegalArgumentException("facility " + id + ": hours per week must not be negative");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facility other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Facility " + id;
    }
}
