package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a cooperative sends to create or replace a catalogue entry: what it makes, how much, at what price, by whom. */
@Serdeable
public record CapabilityRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @Nullable @Size(max = 10_000) String description,
        @NotNull @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit KBLI 2020 code") String kbli,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> processes,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 200) String> products,
        @NotNull @Valid Capacity monthlyCapacity,
        @NotNull @Valid PriceRange unitPriceIdr,
        @NotNull @Min(0) @Max(365) @Serdeable.Deserializable(using = StrictJson.WholeInt.class) Integer leadTimeDays,
        @Nullable @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long minOrderQuantity,
        @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "^[A-Z0-9]{2,20}$", message = "must be a certification code such as SNI or ISO9001") String> certifications,
        @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal localContentPct,
        @Nullable @Size(max = 20) List<@NotNull UUID> facilityIds,
        @Nullable @Size(max = 500) List<@NotNull UUID> memberIds,
        @Nullable @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long version) {

    /** How much a month, in which unit. */
    @Serdeable
    public record Capacity(@NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long quantity,
                           @NotBlank @Size(max = 20) String unit) {
    }

    /** The usual unit price, whole rupiah. */
    @Serdeable
    public record PriceRange(@NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long min,
                             @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long max) {
    }

    List<String> processesOrEmpty() {
        return processes == null ? List.of() : processes.stream().map(String::strip).toList();
    }

    List<String> productsOrEmpty() {
        return products == null ? List.of() : products.stream().map(String::strip).toList();
    }

    List<String> certificationsOrEmpty() {
        return certifications == null ? List.of() : certifications;
    }

    List<UUID> facilityIdsOrEmpty() {
        return facilityIds == null ? List.of() : facilityIds;
    }

    List<UUID> memberIdsOrEmpty() {
        return memberIds == null ? List.of() : memberIds;
    }
}
