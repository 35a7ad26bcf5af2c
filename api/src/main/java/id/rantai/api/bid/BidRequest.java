package id.rantai.api.bid;

import io.micronaut.core.annotation.Nullable;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A cooperative's sealed offer on a lot: how much, at what unit price, how fast, made by whom and where. */
@Serdeable
public record BidRequest(
        @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long quantity,
        @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long unitPriceIdr,
        @NotNull @Min(0) @Max(365) @Serdeable.Deserializable(using = StrictJson.WholeInt.class) Integer leadTimeDays,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal localContentPct,
        @Nullable UUID facilityId,
        @NotEmpty @Size(max = 200) List<@NotNull UUID> memberIds,
        @Nullable Long version) {
}
