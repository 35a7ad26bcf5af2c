package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** A certificate an MSME holds: its code (SNI, HALAL, ISO9001, …) and the day it expires (none: it does not). */
@Serdeable
public record Certificate(
        @NotNull @Pattern(regexp = "^[A-Z0-9]{2,20}$", message = "must be a certification code such as SNI or ISO9001") String code,
        @Nullable LocalDate validUntil) {
}
