package id.rantai.api.tender;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A demand as the API shows it: its published parts only, never anything about bids. */
@Serdeable
public record DemandView(UUID id, Party buyer, String title, String description, String kbli, DemandStatus status,
                         OffsetDateTime bidDeadline, @Nullable OffsetDateTime publishedAt,
                         @Nullable OffsetDateTime cancelledAt, List<LotView> lots, Map<String, Object> rules,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    @Serdeable
    public record Party(UUID id, String name) {
    }

    @Serdeable
    public record LotView(UUID id, int lotNo, String title, String specification, long quantity, String unit,
                          List<String> requiredCertifications, List<String> processes, BigDecimal minLocalContentPct,
                          String deliveryProvince, @Nullable DemandRequest.GeoPoint deliveryLocation,
                          @Nullable String deliveryAddress, LocalDate deliveryDeadline, long maxUnitPriceIdr,
                          int facilityMinutesPerUnit) {
    }
}
