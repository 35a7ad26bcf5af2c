package id.rantai.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A network matching run and, once solved, whom to invite per lot and where facility capacity is short. */
@Serdeable
public record MatchingView(UUID runId, String status, MatchingStored request, @Nullable Result result,
                           @Nullable String failureReason, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt) {

    /** The request as stored: the demands actually matched. */
    @Serdeable
    public record MatchingStored(List<UUID> demandIds, int horizonWeeks, int timeLimitSeconds) {
    }

    @Serdeable
    public record Result(String score, boolean feasible, LocalDate horizonStart, int horizonWeeks, int candidateOffers,
                         List<Proposal> allocations, List<PlanView.UnawardedView> unawarded, PlanView.Totals totals,
                         List<Shortage> facilityShortage) {
    }

    /** Quantity of a lot proposed for a cooperative's capability (and facility week), at its estimated price. */
    @Serdeable
    public record Proposal(UUID demandId, UUID lotId, UUID cooperativeId, UUID capabilityId, List<UUID> memberIds,
                           @Nullable UUID facilityId, @Nullable LocalDate week, long quantity, long estimatedUnitPriceIdr) {
    }

    /** Hours the run wanted at a facility in a week beyond what it can give (for a PLANNED facility: all of them). */
    @Serdeable
    public record Shortage(UUID facilityId, LocalDate week, BigDecimal shortHours) {
    }

    record Row(UUID id, String status, MatchingStored request, UUID requestedBy, @Nullable Result result,
               @Nullable String failureReason, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt) {
    }
}
