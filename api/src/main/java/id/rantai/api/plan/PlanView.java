package id.rantai.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An award plan as its buyer's officers see it (API.md "Matching and awards"). */
@Serdeable
public record PlanView(UUID planId, UUID demandId, String status, PlanRequest.Rules rules, int timeLimitSeconds,
                       @Nullable String score, @Nullable Boolean feasible, @Nullable String failureReason,
                       @Nullable List<AllocationView> allocations, @Nullable List<UnawardedView> unawarded,
                       @Nullable Totals totals, @Nullable List<ConstraintView> constraints,
                       @Nullable List<BrokenView> brokenConstraints, @Nullable List<RulePriceView> priceOfRules,
                       @Nullable List<String> conflictingRules, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt) {

    static PlanView of(PlanRow row) {
        Result r = row.result();
        return new PlanView(row.id(), row.demandId(), row.status(), row.rules(), row.timeLimitSeconds(), row.score(), row.feasible(),
                row.failureReason(), r == null ? null : r.allocations(), r == null ? null : r.unawarded(), r == null ? null : r.totals(),
                r == null ? null : r.constraints(), r == null ? null : r.brokenConstraints(), r == null ? null : r.priceOfRules(),
                r == null ? null : r.conflictingRules(), row.createdAt(), row.finishedAt());
    }

    /** What the solver produced, stored as {@code award_plan.result}. */
    @Serdeable
    public record Result(String status, String score, boolean feasible, List<AllocationView> allocations,
                         List<UnawardedView> unawarded, Totals totals, List<ConstraintView> constraints,
                         List<BrokenView> brokenConstraints, List<RulePriceView> priceOfRules, List<String> conflictingRules,
                         long solveMillis, boolean cancelled) {
    }

    @Serdeable
    public record AllocationView(UUID lotId, UUID bidId, UUID cooperativeId, List<UUID> memberIds, @Nullable UUID facilityId,
                                 @Nullable LocalDate week, long quantity, long unitPriceIdr, long evaluatedPriceIdr) {
    }

    @Serdeable
    public record UnawardedView(UUID lotId, long quantity, List<String> reasons) {
    }

    @Serdeable
    public record Totals(long costIdr, long evaluatedCostIdr, long awardedQuantity, long unawardedQuantity,
                         BigDecimal msmeSharePct, BigDecimal womenYouthSharePct, BigDecimal greenSharePct, int suppliers) {
    }

    @Serdeable
    public record ConstraintView(String name, String type, long impact, int matches) {
    }

    @Serdeable
    public record BrokenView(String name, int matches, List<String> examples) {
    }

    @Serdeable
    public record RulePriceView(String rule, String constraint, long costDeltaIdr, long awardedQuantityDelta, boolean conflicting) {
    }

    /** One server-sent event: the best score so far and the time spent, or the final status. */
    @Serdeable
    public record Progress(UUID planId, String status, @Nullable String bestScore, @Nullable Boolean feasible, long elapsedMillis) {
    }

    /** A stored plan row. */
    record PlanRow(UUID id, UUID demandId, String status, PlanRequest.Rules rules, int timeLimitSeconds, UUID requestedBy,
                   @Nullable String score, @Nullable Boolean feasible, @Nullable Result result, @Nullable String failureReason,
                   OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt, long version) {
    }
}
