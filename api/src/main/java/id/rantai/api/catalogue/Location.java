package id.rantai.api.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A point in Indonesia; the box around the archipelago catches swapped or foreign coordinates at the door. */
@Serdeable
public record Location(@NotNull @DecimalMin("-11.5") @DecimalMax("6.5") Double lat,
                       @NotNull @DecimalMin("94.5") @DecimalMax("141.5") Double lon) {
}
