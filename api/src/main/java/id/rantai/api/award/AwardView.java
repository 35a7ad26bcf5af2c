package id.rantai.api.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An award of (part of) a lot to a bid, with what has been delivered against it. */
@Serdeable
public record AwardView(UUID id, UUID demandId, UUID lotId, UUID bidId, UUID cooperativeId, String cooperativeName,
                        long quantity, long unitPriceIdr, long evaluatedPriceIdr, long valueIdr,
                        @Nullable UUID awardPlanId, @Nullable UUID facilityId, @Nullable LocalDate week,
                        OffsetDateTime awardedAt, long deliveredQuantity, LocalDate deliveryDeadline) {
}
