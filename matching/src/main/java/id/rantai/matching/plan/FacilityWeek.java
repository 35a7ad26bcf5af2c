package id.rantai.matching.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One week of one shared facility, the unit in which facility time is booked. {@code hoursAvailable} is what is
 * left for this plan: the facility's hours minus what awards of other demands already booked, so the hours rule
 * holds across all demands.
 */
public record FacilityWeek(Facility facility, LocalDate weekStart, int hoursAvailable) {

    /** Production booked in a week is finished, and can ship, this many days after the week starts. */
    public static final int DAYS = 7;

    public FacilityWeek {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(weekStart, "weekStart");
        if (hoursAvailable < 0) {
            throw new IllegalArgumentException("facility week " + facility.id() + "@" + weekStart + ": hours must not be negative");
        }
    }

    public String id() {
        return facility.id() + "@" + weekStart;
    }

    public long minutesAvailable() {
        return hoursAvailable * 60L;
    }

    /** The first day goods produced in this week can leave the facility. */
    public LocalDate readyDate() {
        return weekStart.plusDays(DAYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FacilityWeek other && facility.id().equals(other.facility.id()) && weekStart.equals(other.weekStart);
    }

    @Override
    public int hashCode() {
        return 31 * facility.id().hashCode() + weekStart.hashCode();
    }

    @Override
    public String toString() {
        return "FacilityWeek " + id();
    }
}
