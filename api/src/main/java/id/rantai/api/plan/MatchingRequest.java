package id.rantai.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A network matching run: which OPEN demands (all the caller may match when left out), how many facility weeks ahead,
 * and how long the solver may take (10 s when left out).
 */
@Serdeable
public record MatchingRequest(@Nullable @Size(min = 1, max = 50) List<@NotNull UUID> demandIds,
                              @NotNull @Min(1) @Max(52) Integer horizonWeeks,
                              @Nullable @Min(1) @Max(300) Integer timeLimitSeconds) {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }
}
