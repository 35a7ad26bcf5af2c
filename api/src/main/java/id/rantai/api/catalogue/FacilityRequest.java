package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the ministry sends to register or change a shared production house (rumah produksi bersama). */
@Serdeable
public record FacilityRequest(
        @NotBlank @Size(min = 2, max = 200) String name,
        @Nullable @Size(max = 10_000) String description,
        @NotNull @Pattern(regexp = "^ID-[A-Z]{2}$", message = "must be an ISO 3166-2:ID province code such as ID-JT") String province,
        @NotNull @Valid Location location,
        @NotBlank @Size(max = 100) String sector,
        @Nullable @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit KBLI 2020 code") String kbli,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> processes,
        @NotNull @Positive @Max(10_000) @Serdeable.Deserializable(using = StrictJson.WholeInt.class) Integer weeklyCapacityHours,
        @NotNull FacilityStatus status,
        @Nullable LocalDate openedOn,
        @Nullable UUID operatorId,
        @Nullable @Serdeable.Deserializable(using = StrictJson.WholeLong.class) Long version) {
}
