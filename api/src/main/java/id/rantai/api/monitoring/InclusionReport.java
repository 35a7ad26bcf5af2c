package id.rantai.api.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/monitoring/inclusion}: the figures of the period (and buyer, province, KBLI sector if asked for), the
 * same figures per group when a breakdown was asked for (the groups add up to the totals), and the targets.
 */
@Serdeable
public record InclusionReport(@Nullable LocalDate from, @Nullable LocalDate to, String timeZone, @Nullable UUID buyer,
                              @Nullable String province, @Nullable String kbli, @Nullable String groupBy, @JsonUnwrapped InclusionFigures figures, List<Group> groups,
                              InclusionTargets targets) {

    /** One province, KBLI code or buyer: {@code key} is its code or id, {@code name} its name where it has one. */
    @Serdeable
    public record Group(String key, @Nullable String name, @JsonUnwrapped InclusionFigures figures) {
    }
}
