package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import id.rantai.api.json.StrictJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a cooperative sends to register a member MSME. {@code ownerName} is personal data and optional. */
@Serdeable
public record MemberRequest(
        @NotBlank @Size(min = 2, max = 200) String name,
        @NotNull @Pattern(regexp = "^[0-9]{13}$", message = "must be a 13-digit NIB (Nomor Induk Berusaha)") String nib,
        @Nullable @Size(min = 1, max = 120) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerName,
        @NotNull @Pattern(regexp = "^ID-[A-Z]{2}$", message = "must be an ISO 3166-2:ID province code such as ID-JT") String province,
        @NotNull @Valid Location location,
        @NotNull SizeClass sizeClass,
        @Nullable @Serdeable.Deserializable(using = StrictJson.Flag.class) Boolean womenLed,
        @Nullable @Serdeable.Deserializable(using = StrictJson.Flag.class) Boolean youthLed,
        @Nullable @Serdeable.Deserializable(using = StrictJson.Flag.class) Boolean green,
        @Nullable @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit KBLI 2020 code") String kbli,
        @Nullable @Size(max = 20) List<@NotNull @Valid Certificate> certifications) {

    List<Certificate> certificationsOrEmpty() {
        return certifications == null ? List.of() : certifications;
    }
}
