package id.rantai.api.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Booked against free hours of a shared facility, week by week. Only an OPERATING facility has hours to give;
 * a planned one shows none free. Booked hours may exceed the capacity (a plan accepted before a capacity
 * cut); free hours never go below zero.
 */
@Serdeable
public record FacilityCapacity(UUID facilityId, String name, FacilityStatus status, int weeklyCapacityHours,
                               LocalDate from, LocalDate to, List<Week> weeks) {

    /** One production week, named by its Monday. */
    @Serdeable
    public record Week(LocalDate week, int capacityHours, BigDecimal bookedHours, BigDecimal freeHours) {
    }

    static FacilityCapacity of(FacilityView facility, ProductionWeeks weeks, Map<LocalDate, Long> bookedMinutes) {
        int capacity = facility.status() == FacilityStatus.OPERATING ? facility.weeklyCapacityHours() : 0;
        List<Week> rows = weeks.mondays().stream().map(monday -> {
            BigDecimal booked = hours(bookedMinutes.getOrDefault(monday, 0L));
            BigDecimal free = BigDecimal.valueOf(capacity).subtract(booked).max(BigDecimal.ZERO).setScale(1, RoundingMode.DOWN);
            return new Week(monday, capacity, booked, free);
        }).toList();
        return new FacilityCapacity(facility.id(), facility.name(), facility.status(), facility.weeklyCapacityHours(),
                weeks.first(), weeks.last(), rows);
    }

    /** Minutes as hours with one decimal, rounded up: a started tenth of an hour is booked. */
    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.UP);
    }
}
