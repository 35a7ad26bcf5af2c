package id.rantai.matching.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the plan starts (the award date lead times count from) and how many facility weeks it looks ahead.
 * A problem fact the time-dependent constraints join.
 */
public record PlanningHorizon(LocalDate start, int weeks) {

    public PlanningHorizon {
        Objects.requireNonNull(start, "start");
        if (weeks < 1) {
            throw new IllegalArgumentException("a horizon has at least one week: " + weeks);
        }
    }

    /** The Monday of the first facility week: the start's own week when it is a Monday, else the next Monday. */
    public LocalDate firstWeekStart() {
        int daysToMonday = (DayOfWeek.MONDAY.getValue() - start.getDayOfWeek().getValue() + 7) % 7;
        return start.plusDays(daysToMonday);
    }
}
