package id.rantai.api.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.problem.Problem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineHorizonTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void aDeadlineWithinTheHorizonIsTaken() {
        assertEquals(List.of(), DeadlineHorizon.outside(demand(NOW.plusDays(10), NOW.toLocalDate().plusDays(60)), NOW));
        assertEquals(List.of(), DeadlineHorizon.outside(demand(NOW.plusYears(2), NOW.toLocalDate().plusYears(5)), NOW));
    }

    @Test
    void aBidDeadlineInTheYear99999IsRefused() {
        OffsetDateTime farAway = OffsetDateTime.parse("+99999-01-01T00:00:00Z");
        assertEquals(List.of(new Problem.FieldError("bidDeadline", "must be at most 2 years ahead")),
                DeadlineHorizon.outside(demand(farAway, farAway.toLocalDate().plusDays(1)), NOW).subList(0, 1));
    }

    @Test
    void aBidDeadlineJustPastTwoYearsIsRefused() {
        assertEquals(List.of(new Problem.FieldError("bidDeadline", "must be at most 2 years ahead")),
                DeadlineHorizon.outside(demand(NOW.plusYears(2).plusMinutes(1), NOW.toLocalDate().plusYears(3)), NOW));
    }

    @Test
    void aDeliveryMoreThanFiveYearsAheadIsRefusedByItsPath() {
        assertEquals(List.of(new Problem.FieldError("lots[0].deliveryDeadline", "must be at most 5 years ahead")),
                DeadlineHorizon.outside(demand(NOW.plusDays(10), NOW.toLocalDate().plusYears(5).plusDays(1)), NOW));
    }

    @Test
    void aDeadlineInThePastIsStillRefused() {
        assertEquals(List.of(new Problem.FieldError("bidDeadline", "must be in the future")),
                DeadlineHorizon.outside(demand(NOW.minusHours(1), NOW.toLocalDate().plusDays(30)), NOW));
    }

    private static DemandRequest demand(OffsetDateTime bidDeadline, LocalDate delivery) {
        return new DemandRequest("Matras sabut kelapa", null, "22199", bidDeadline,
                List.of(new DemandRequest.LotRequest("Cocomesh", null, 1000L, "pcs", null, null, null, "ID-JT", null, null,
                        delivery, 50_000L, null)), null, null);
    }
}
