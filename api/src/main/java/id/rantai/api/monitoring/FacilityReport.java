package id.rantai.api.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/monitoring/facilities}: how full the shared production houses are per ISO week (Monday),
 * and which planned ones would relieve the most shortage according to the latest network matching run.
 */
@Serdeable
public record FacilityReport(LocalDate fromWeek, LocalDate toWeek, int weeks, HoursPerUnitSource hoursPerUnit,
                             List<FacilityUse> facilities, PlannedRelief plannedRelief) {

    /**
     * Where booked hours come from: the lot's {@code facility_minutes_per_unit} ÷ 60 when the schema has it and the lot sets
     * it, else {@code defaultHoursPerUnit} ({@code rantai.facility.hours-per-unit}) for every unit.
     */
    @Serdeable
    public record HoursPerUnitSource(boolean lotColumn, BigDecimal defaultHoursPerUnit) {
    }

    /** One facility over the weeks asked for; {@code weeks} lists the weeks with bookings. */
    @Serdeable
    public record FacilityUse(UUID facilityId, String name, String province, String status, int weeklyCapacityHours,
                              BigDecimal bookedHours, long capacityHours, BigDecimal utilisationPct, List<Week> weeks) {
    }

    /** One facility week: booked hours against the weekly capacity; over 100% is overbooked. */
    @Serdeable
    public record Week(LocalDate week, BigDecimal bookedHours, int capacityHours, BigDecimal freeHours,
                       BigDecimal utilisationPct, boolean overbooked, long awards) {
    }

    /** Planned facilities ranked by the shortage hours they would relieve; empty without a matching run. */
    @Serdeable
    public record PlannedRelief(@Nullable UUID matchingRunId, @Nullable OffsetDateTime computedAt,
                                List<Relief> facilities) {
    }

    @Serdeable
    public record Relief(UUID facilityId, String name, String province, String sector, int weeklyCapacityHours,
                         BigDecimal shortHours, long weeks) {
    }
}
