package id.rantai.api.tender;

import io.micronaut.core.annotation.Nullable;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What an officer sends to create or edit a demand: the tender and its lots. */
@Serdeable
public record DemandRequest(
        @NotBlank @Size(min = 3, max = 300) String title,
        @Nullable @Size(max = 10_000) String description,
        @NotNull @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit KBLI 2020 code") String kbli,
        @NotNull OffsetDateTime bidDeadline,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid LotRequest> lots,
        @Nullable @Size(max = 20) Map<String, Object> rules,
        @Nullable Long version) {

    /** One lot of the demand. */
    @Serdeable
    public record LotRequest(
            @NotBlank @Size(min = 2, max = 300) String title,
            @Nullable @Size(max = 10_000) String specification,
            @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long quantity,
            @NotBlank @Size(max = 20) String unit,
            @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "^[A-Z0-9]{2,20}$", message = "must be a certification code such as SNI or ISO9001") String> requiredCertifications,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> processes,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal minLocalContentPct,
            @NotNull @Pattern(regexp = "^ID-[A-Z]{2}$", message = "must be an ISO 3166-2:ID province code such as ID-JT") String deliveryProvince,
            @Nullable @Valid GeoPoint deliveryLocation,
            @Nullable @Size(max = 500) String deliveryAddress,
            @NotNull LocalDate deliveryDeadline,
            @NotNull @Positive @Max(1_000_000_000_000L) @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long maxUnitPriceIdr,
            @Nullable @Min(1) @Max(10_080) Integer facilityMinutesPerUnit) {
    }

    /** A point in Indonesia. */
    @Serdeable
    public record GeoPoint(@NotNull @DecimalMin("-11.5") @DecimalMax("6.5") Double lat,
                           @NotNull @DecimalMin("94.5") @DecimalMax("141.5") Double lon) {
    }
}
