package id.rantai.api.bid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A bid as its bidder (any time) or the buyer's officers (after the deadline) see it. */
@Serdeable
public record BidView(UUID id, UUID demandId, UUID lotId, Cooperative cooperative, long quantity, long unitPriceIdr,
                      long evaluatedPriceIdr, int leadTimeDays, BigDecimal localContentPct, @Nullable UUID facilityId,
                      List<UUID> memberIds, String status, OffsetDateTime submittedAt, OffsetDateTime updatedAt,
                      long version) {

    @Serdeable
    public record Cooperative(UUID id, String name) {
    }
}
