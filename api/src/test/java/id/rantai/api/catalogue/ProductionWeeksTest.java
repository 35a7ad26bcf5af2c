package id.rantai.api.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.rantai.api.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductionWeeksTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void withoutDatesTheCalendarShowsThisWeekAndElevenMore() {
        ProductionWeeks weeks = ProductionWeeks.between(Optional.empty(), Optional.empty(), TODAY);
        assertEquals(12, weeks.mondays().size());
        assertEquals(MONDAY, weeks.first());
        assertEquals(MONDAY.plusWeeks(11), weeks.last());
    }

    @Test
    void aDateStandsForTheWeekItFallsIn() {
        ProductionWeeks weeks = ProductionWeeks.between(Optional.of(TODAY), Optional.of(LocalDate.of(2026, 12, 6)), TODAY);
        assertEquals(List.of(MONDAY, MONDAY.plusWeeks(1)), weeks.mondays(), "Sunday 6 December is in the week of the 30th");
    }

    @Test
    void aRangeRunsForwardsAndAtMostFiftyThreeWeeks() {
        assertThrows(ProblemException.class, () -> ProductionWeeks.between(Optional.of(TODAY), Optional.of(TODAY.minusWeeks(1)), TODAY));
        assertEquals(53, ProductionWeeks.between(Optional.of(MONDAY), Optional.of(MONDAY.plusWeeks(52)), TODAY).mondays().size());
        assertThrows(ProblemException.class, () -> ProductionWeeks.between(Optional.of(MONDAY), Optional.of(MONDAY.plusWeeks(53)), TODAY));
    }

    @Test
    void bookedHoursComeOffTheWeeksCapacityAndFreeHoursStopAtZero() {
        ProductionWeeks weeks = ProductionWeeks.between(Optional.of(MONDAY), Optional.of(MONDAY.plusWeeks(2)), TODAY);
        FacilityCapacity capacity = FacilityCapacity.of(facility(FacilityStatus.OPERATING, 40), weeks,
                Map.of(MONDAY, 600L * 6, MONDAY.plusWeeks(1), 3_001L));
        assertEquals(new BigDecimal("60.0"), capacity.weeks().get(0).bookedHours());
        assertEquals(new BigDecimal("0.0"), capacity.weeks().get(0).freeHours(), "overbooked: nothing free, never negative");
        assertEquals(new BigDecimal("50.1"), capacity.weeks().get(1).bookedHours(), "a started tenth of an hour is booked");
        assertEquals(new BigDecimal("0.0"), capacity.weeks().get(1).freeHours());
        assertEquals(new BigDecimal("40.0"), capacity.weeks().get(2).freeHours());
    }

    @Test
    void aPlannedFacilityHasNoHoursToGive() {
        ProductionWeeks weeks = ProductionWeeks.between(Optional.of(MONDAY), Optional.of(MONDAY), TODAY);
        FacilityCapacity.Week week = FacilityCapacity.of(facility(FacilityStatus.PLANNED, 40), weeks, Map.of()).weeks().get(0);
        assertEquals(0, week.capacityHours());
        assertEquals(new BigDecimal("0.0"), week.freeHours());
    }

    private static FacilityView facility(FacilityStatus status, int hours) {
        return new FacilityView(UUID.randomUUID(), "Rumah produksi", "", "ID-SA", new Location(1.0, 124.0), "Sabut", null,
                List.of("press"), hours, status, null, null, OffsetDateTime.now(), 0);
    }
}
