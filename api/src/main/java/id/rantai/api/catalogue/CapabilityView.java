package id.rantai.api.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A catalogue entry as every signed-in user sees it: what a cooperative can make (no owner's personal data). */
@Serdeable
public record CapabilityView(UUID id, Party cooperative, String title, String description, String kbli,
                             List<String> processes, List<String> products, CapabilityRequest.Capacity monthlyCapacity,
                             CapabilityRequest.PriceRange unitPriceIdr, int leadTimeDays, long minOrderQuantity,
                             List<String> certifications, BigDecimal localContentPct, List<UUID> facilityIds,
                             List<UUID> memberIds, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
