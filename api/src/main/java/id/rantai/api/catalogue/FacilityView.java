package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A shared production house as anyone sees it, signed in or not. */
@Serdeable
public record FacilityView(UUID id, String name, String description, String province, Location location, String sector,
                           @Nullable String kbli, List<String> processes, int weeklyCapacityHours, FacilityStatus status,
                           @Nullable LocalDate openedOn, @Nullable Party operator, OffsetDateTime createdAt,
                           long version) {
}
